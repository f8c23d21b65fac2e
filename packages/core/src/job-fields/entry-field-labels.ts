/**
 * The labels résumés write before an entry's fields when each position or school is laid out as a form ("Company: Infosys
 * Ltd", "Designation: Senior Engineer", "Duration: Jun 2015 – Present"; "Degree: B.Tech", "University: Anna University"),
 * in English and the other languages the résumé readers know, kept once for every reader: the résumé's experience and
 * education readers, and the degree reader (a value after a position's or an employer's label is never a degree).
 */

/**
 * Which field of an entry a label names: the employer, the title (`weak-title`: a label that also heads a project's
 * details, "Role", "Title"), the dates, the school, or the degree. A client's label ("Client") names none of them.
 */
export type EntryFieldKind = 'employer' | 'title' | 'weak-title' | 'dates' | 'school' | 'degree';

/**
 * The labels of each kind, lower case, one space between words, a dash without spaces around it ("dates (from-to)").
 * A language's label written like another's ("Position", "Firma", "Periodo") is listed once.
 */
export const ENTRY_FIELD_LABELS: Readonly<Record<EntryFieldKind, readonly string[]>> = {
  employer: [
    // English
    'company',
    'company name',
    'name of company',
    'name of the company',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'name of organisation',
    'name of organization',
    'name of the organisation',
    'name of the organization',
    'employer',
    'employer name',
    'name of employer',
    'name of the employer',
    'name and address of employer',
    'name and address of the employer',
    // German
    'firma',
    'arbeitgeber',
    'unternehmen',
    // Spanish, Portuguese
    'empresa',
    'empleador',
    'nombre de la empresa',
    'nombre y dirección del empleador',
    'nombre y direccion del empleador',
    'nombre y dirección de la empresa',
    'nombre y direccion de la empresa',
    // French
    'entreprise',
    'société',
    'employeur',
    // Italian
    'azienda',
    'datore di lavoro',
    'nome e indirizzo del datore di lavoro',
    // Russian
    'компания',
    'организация',
    'работодатель',
    'название компании',
    // Polish ("firma" above)
    'pracodawca',
    'nazwa firmy',
    // Czech, Slovak ("firma" above)
    'zaměstnavatel',
    'zamestnávateľ',
    'společnost',
    'spoločnosť',
  ],
  title: [
    'designation',
    'current designation',
    'designation held',
    'position',
    'position held',
    'job title',
    'occupation or position held',
    'type of employment',
    // German ("position" above)
    'tätigkeit',
    'funktion',
    'berufsbezeichnung',
    // Spanish, Portuguese
    'cargo',
    'puesto',
    'profesión o cargo desempeñado',
    'profesion o cargo desempeñado',
    'puesto o cargo ocupados',
    // French
    'poste',
    'fonction',
    'intitulé du poste',
    // Italian
    'posizione',
    'ruolo',
    'tipo di impiego',
    'lavoro o posizione ricoperti',
    'posizione ricoperta',
    // Russian
    'должность',
    // Polish
    'stanowisko',
    'pozycja',
    'funkcja',
    // Czech, Slovak
    'pozice',
    'pracovní pozice',
    'pozícia',
    'pracovná pozícia',
    'funkce',
    'funkcia',
  ],
  'weak-title': ['role', 'job role', 'title'],
  dates: [
    'duration',
    'period',
    'tenure',
    'date',
    'dates',
    'time period',
    'working period',
    'year',
    'years',
    'year of passing',
    'passing year',
    'year of completion',
    'dates (from-to)',
    'date (from-to)',
    'date (da-a)',
    // German
    'zeitraum',
    'dauer',
    // Spanish, Portuguese, Italian
    'periodo',
    'período',
    'fechas',
    'duración',
    // French
    'période',
    'durée',
    // Russian
    'период',
    'срок',
    // Polish
    'okres',
    // Czech, Slovak
    'období',
    'obdobie',
  ],
  school: [
    'university',
    'college',
    'institute',
    'institution',
    'school',
    'university/college',
    'college/university',
    'university/board',
    'board/university',
    'university/institute',
    'institute/university',
    'name of institution',
    'name of the institution',
    'name of college',
    'name of the college',
    'name of university',
    'name of the university',
    'name of institute',
    // German
    'hochschule',
    'universität',
    'schule',
    'bildungseinrichtung',
    // Spanish, Portuguese
    'universidad',
    'institución',
    'centro',
    'universidade',
    'instituição',
    // French
    'établissement',
    'université',
    'école',
    // Italian
    'università',
    'istituto',
    // Russian
    'учебное заведение',
    'университет',
    'вуз',
    // Polish
    'uczelnia',
    'szkoła',
    // Czech, Slovak
    'škola',
    'vysoká škola',
    'univerzita',
  ],
  degree: [
    'degree',
    'qualification',
    'course',
    'degree/course',
    'course/degree',
    // German
    'abschluss',
    // Spanish, Portuguese
    'título',
    'titulación',
    'grau',
    // French
    'diplôme',
    // Italian
    'titolo di studio',
    // Russian
    'степень',
    // Polish
    'tytuł',
    // Czech, Slovak
    'titul',
  ],
};

const KIND_OF_LABEL: ReadonlyMap<string, EntryFieldKind> = new Map(
  (Object.entries(ENTRY_FIELD_LABELS) as [EntryFieldKind, readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [label, kind] as const),
  ),
);

// A label's number ("Company 1", "Company #2") and a final "(s)" ("Designation(s)") name the same field.
const LABEL_NUMBER = /(?: ?#? ?\d{1,2}|\(s\))$/u;
// Longer texts before a colon are no label.
const MAX_LABEL = 50;

/**
 * The kind of entry field a label names ("Company Name", "COMPANY 2", "Stanowisko", "Dates (from – to)"), or undefined
 * when it names none the readers know.
 */
export function entryFieldKind(label: string): EntryFieldKind | undefined {
  if (label.length > MAX_LABEL) return undefined;
  const key = label
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/ ?[–—-] ?/gu, '-')
    .replace(/ ?\/ ?/gu, '/')
    .trim()
    .replace(LABEL_NUMBER, '')
    .trim();
  return KIND_OF_LABEL.get(key);
}
