import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
} from '../errors/argument.js';
import { entryFieldKind } from '../job-fields/entry-field-labels.js';
import { LEGAL_FORMS, legalFormSource } from '../job-fields/legal-forms.js';
import { REGION_CODES } from '../job-fields/places.js';
import { allSkillDefinitions } from '../skills/data/index.js';
import { rememberLines } from '../text/remember-lines.js';
import { matchesOf } from '../text/regexp.js';
// The one degree vocabulary of Rolefit: degree names and abbreviations, US and international, mapped to a level.
// Every pattern is a flat alternation of fixed words (no nested quantifiers), so matching stays linear.

/** Degree levels, lowest first. */
export const degreeLevels = ['high-school', 'diploma', 'associate', 'bachelor', 'master', 'phd'] as const;
/** A degree level: high school, post-secondary diploma (HND, polytechnic diploma), associate, bachelor, master or PhD. */
export type DegreeLevel = (typeof degreeLevels)[number];

/** Human wording of each degree level, for reports and suggestions. */
export const degreeLabels: Readonly<Record<DegreeLevel, string>> = {
  'high-school': 'high school diploma',
  diploma: 'post-secondary diploma',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  phd: 'PhD',
};

/**
 * A value built at its first use and kept. The degree patterns below (some 70 case-folded Unicode patterns, their
 * lower-case forms, the Microsoft product words) take about 100 ms to build, which every `import '@rolefit/core'` paid,
 * whether it read a degree or not.
 */
function builtOnFirstUse<Value>(build: () => Value): () => Value {
  let value: Value | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
/** Degree levels and the patterns that name them. */
type LevelPatterns = ReadonlyArray<readonly [DegreeLevel, RegExp]>;

/** Longest text the degree readers look at; longer input is cut (job ads and resumes are far shorter). */
export const MAX_DEGREE_TEXT = 50_000;

// A year glued on after a degree ends it too ("B.Com2005", "MBA2012"), where the year is not itself glued to more (an
// e-mail's user name: "bcom2005@…", "mba2020.pune@…").
const END = String.raw`(?:(?![\p{L}\p{N}])|(?=(?:19|20)\d\d(?![\p{L}\p{N}@_]|[.-][\p{L}\p{N}])))`;

// Full words and unambiguous abbreviations, safe anywhere in a job ad or a resume. Case-insensitive. ("BS.c", "MS.c":
// the B.Sc. / M.Sc. as Israeli ads often write it.)
// International forms: Indian (B.Tech, also spaced "B Tech"/"M Tech", B.E., BCA, MCA, PGDM, SSC/HSC...), European (Diplom-Ingenieur
// and the German Diplom's short forms with the kind of school, "Dipl.-Kfm.", "Dipl.-Wirtsch.-Ing.", "Dipl.-Betriebsw. (FH)";
// Magister (the Polish "magister inżynier" and the German "Magister Artium" one degree each), Licence, the Polish
// licencjat, the Italian "Diploma di laurea" and "Diploma di maturità",
// Master 2, Laurea, Grado, Abitur, Baccalauréat, the French Diplôme d'État: nursing at the bachelor's level, others a
// diploma; the German Promotion (Dr.-Ing.)), Russian (бакалавр, магистр, специалитет, кандидат наук) and Latin
// American and Portuguese (Licenciatura, "Lic. en", Licenciado en / em, Maestría, Doctorado, Técnico Superior). The
// GCE and the Caribbean CSEC are school-leaving exams (education mode). "Bachlor" (the e left out) is a bachelor's too.
// "Full Driving Licence", "driver's licence": a licence to drive, not the French Licence (a bachelor's).
const NOT_DRIVING = String.raw`(?<!driv(?:ing|er['’]?s|ers?)[ \t-]+)`;
const WORD_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    [
      'phd',
      new RegExp(
        String.raw`\b(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|d\.?\s?phil\.?|pharm\.?\s?d\.?|doctor\s+of\s+(?:philosophy|pharmacy|medicine|science|engineering|education)|doctorado|doctorat|dottorato(?:\s+di\s+ricerca)?|doutorado|doktorat|promotion\s+\(?dr\.(?:[\s-]?(?:rer\.\s?nat|phil|ing|rer\.\s?pol|oec|med)\.?\)?)?|dr\.[\s-]?(?:rer\.\s?nat|phil|ing|rer\.\s?pol|oec)\.?|dipl[oô]me\s+d['’][ée]tat\s+de\s+docteur)${END}`,
        'giu',
      ),
    ],
    [
      'master',
      new RegExp(
        String.raw`\b(?:master['’*]?s?(?:\s+degree|\s+of\s+\p{L}+|\s+in\b|\s+level|\s+(?:en|de|ès|es)\s+\p{L}+)|laurea\s+(?:magistrale|specialistica)|m\.s\.|m\.a\.|mba|m\.b\.a\.?|emba|msn|m\.\s?sc\.?|msc|m\.?s\.c\.?|m\.\s?tech\.?|mtech|m\s+tech|m\.\s?eng\.?|meng|m\.\s?com\.?|mcom|m\.\s?pharm\.?|mpharm|m\.\s?phil\.?|mphil|m\.\s?arch\.?|m\.\s?ed\.?|ll\.\s?m\.?|mca|m\.c\.a\.?|pgdm|pgdba|(?:post[-\s]?graduate|graduate|advanced)\s+degree|(?:diplom[-\s]?ingenieur(?:in)?|diplom-\p{L}{4,}|dipl\.\s?-\s?\p{L}{2,10}\.?(?:-\p{L}{2,5}\.?)?)(?:\s?\((?:fh|univ?\.?|tu|ba|dh)\))?|dipl[oô]ma\s+di\s+laurea\s+(?:magistrale|specialistica)|dipl\.\s?ing\.?|diplom\s+\(?(?:fh|univ?\.?)\)?|mag[ií]ster(?:\s+in[żz]ynier|\s+artium)?|staatsexamen|maestr[ií]a|m[aá]ster\s+(?:en|universitario|oficial)\b|mestrado|mast[eè]re|dipl[oô]me\s+d['’]ing[ée]nieur|bac\s?\+\s?[5-8])${END}`,
        'giu',
      ),
    ],
    [
      'bachelor',
      new RegExp(
        String.raw`\b(?:bache?lor['’*]?s?(?:\s+degree)?|dipl[oô]me\s+d['’][ée]tat\s+d['’]infirmi(?:er|[eè]re)|baccalaureate(?:\s+degree)?|bsn|b\.\s?sc\.?|bsc|b\.?s\.c\.?|b\.s\.|b\.a\.|b\.\s?tech\.?|b-tech|btech|b\s+tech|b\.\s?eng\.?|beng|b\.\s?com\.?|bcom|b\.\s?pharm\.?|bpharm|b\.\s?arch\.?|b\.\s?ed\.?|ll\.\s?b\.?|mbbs|bca|b\.c\.a\.?|bba|b\.b\.a\.?|b\.b\.m\.?|undergraduate\s+degree|(?:4|four)[-\s]year\s+(?:college\s+|university\s+)?degree|college\s+degree|university\s+degree|licenciatura|licenciad[oa]\s+e[nm]|lic\.\s?e[nm](?=\s+\p{L})|licencjat|dipl[oô]ma\s+di\s+laurea|licence\s+(?:en|de|ès|es|professionnelle)\s+\p{L}+|laurea(?:\s+triennale)?(?=\s+in\s+\p{L})|grado\s+en|graduad[oa]\s+en|bacharelado|bacharel\s+em|t[ií]tulo\s+(?:universitario|de\s+grado)|bac\s?\+\s?[34]|degree\s+(?:in|of)(?=\s+\p{L}))${END}`,
        'giu',
      ),
    ],
    [
      'associate',
      new RegExp(
        String.raw`\b(?:associate['’]?s?\s+(?:degree|of\s+\p{L}+|in\b)|adn|a\.a\.s\.?|a\.a\.|(?:2|two)[-\s]year\s+(?:college\s+)?degree|t[eé]cnico\s+superior(?:\s+universitario)?|tecn[oó]logo|bac\s?\+\s?2)${END}`,
        'giu',
      ),
    ],
    [
      'diploma',
      new RegExp(
        String.raw`\b(?:higher\s+national\s+(?:diploma|certificate)|dipl[oô]me\s+d['’][ée]tat|apprenticeship\s+(?:certificate|diploma)|certificate\s+of\s+apprenticeship|(?:advanced|polytechnic|technical|vocational|engineering|graduate|post[-\s]?graduate|pg)\s+diploma|diploma\s+(?:in|of)\s+\p{L}+|diploma\s+holders?|(?<!(?:school|secondary|ged)\s)diploma\s+or\s+(?:degree|bachelor)|degree\s+or\s+diploma|pg[-\s]?d[a-z]{2,4}|(?:abgeschlossene\s+)?(?:berufs)?ausbildung\s+(?:als|zum|zur)\b)${END}`,
        'giu',
      ),
    ],
    // Other scripts: Hebrew (תואר ראשון / שני, דוקטורט) and Russian (высшее образование, среднее специальное).
    [
      'phd',
      new RegExp(
        String.raw`(?<![\p{L}])(?:דוקטורט|תואר\s+שלישי|(?:кандидат|доктор)\s+(?:\p{L}+\s+)?наук)${END}`,
        'giu',
      ),
    ],
    [
      'master',
      new RegExp(String.raw`(?<![\p{L}])(?:תואר\s+שני|магистр\p{L}*|специалитет|диплом\s+специалиста)${END}`, 'giu'),
    ],
    [
      'bachelor',
      new RegExp(
        String.raw`(?<![\p{L}])(?:תואר\s+ראשון|бакалавр\p{L}*|высшее\s+(?:\p{L}+\s+)?образование)${END}`,
        'giu',
      ),
    ],
    [
      'diploma',
      new RegExp(
        String.raw`(?<![\p{L}])(?:среднее\s+(?:специальное|профессиональное)(?:\s+образование)?)${END}`,
        'giu',
      ),
    ],
    ['high-school', new RegExp(String.raw`(?<![\p{L}])(?:среднее\s+(?:общее\s+)?образование|аттестат)${END}`, 'giu')],
    [
      'high-school',
      new RegExp(
        String.raw`\b(?:high[-\s]school(?:\s+diploma)?|ged|secondary\s+school(?:\s+certificate)?|(?:senior\s+|higher\s+)secondary(?:\s+(?:school\s+)?certificate)?|(?:1[02])th\s+(?:pass|grade|standard|class|std\.?)|class\s+(?:x|xii|10|12)(?:th)?|matriculation|abitur|matura|maturit[àa]|dipl[oô]ma\s+di\s+maturit[àa]|baccalaur[ée]at|international\s+baccalaureate|bachillerato)${END}`,
        'giu',
      ),
    ],
  ],
);

// Abbreviations that are also common words or codes ("MS Office", "Boston, MA", "BA" for business analyst):
// matched with their case, never after a comma, and only where a degree reading fits. MS glued to a year is Microsoft's
// product version ("MS2007, MS2010" on a skills line, "MS Office (MS2013)"), not END's degree glued to its year; MS before
// a Microsoft product's name is Microsoft (namesMicrosoftProduct).
// Mixed-case and run-together forms from Canadian, British, Australian and US degree lists are listed here too, with
// their case: Waterloo's BMath/MMath, BASc/MASc (applied science), BEd/MEd, BMus/MMus, MRes, BSocSc, BCompSc, BAcc/MAcc,
// MFin, BArch/MArch, and the US "BS" glued to its field (BSEE, BSME, BSCS, BSIT, BSBA, BSCE, BSChE; MSEE, MSCS, MSME), and
// India's BSc in IT written as one word (BSCIT, BScIT).
const ABBREVIATION = String.raw`(?<!,\s?)\b(?:`;
const CASE_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    [
      'master',
      new RegExp(
        String.raw`${ABBREVIATION}M\.A\.Sc\.?|MS|MA|MEng|MPH|MCA|MBA|M\.S|M\.A|M\.E\.?|MTech|MSc|MSC|MMath|MASc|MEd|MMus|MRes|MSocSc|MFin|MAcc|MArch|MSEE|MSCS|MSME)${END}(?!(?<=MS)\d)`,
        'gu',
      ),
    ],
    [
      'bachelor',
      new RegExp(
        String.raw`${ABBREVIATION}B\.A\.Sc\.?|BS|BA|BEng|BBA|BFA|BCA|BCom|B\.S|B\.A|B\.E\.?|B\.Tech|BTech|BSc|BSC|LLB|BBM|BMath|BASc|BEd|BMus|BSocSc|BCompSc|BAcc|BArch|BSEE|BSME|BSCS|BSIT|BSCIT|BScIT|BSBA|BSCE|BSChE)${END}`,
        'gu',
      ),
    ],
    ['associate', new RegExp(String.raw`${ABBREVIATION}AS|AA|AAS)\s+(?:in|degree)\b`, 'gu')],
    // At a line's start before a colon, as the Kaggle resumes write a degree ("AA : General Studies", "AS : Psychology").
    ['associate', /(?<![^\n\r])(?:AS|AA|AAS)(?=[ \t]?:\s)/gu],
    ['diploma', new RegExp(String.raw`${ABBREVIATION}HND|HNC|OND|ITI)${END}`, 'gu')],
    [
      'high-school',
      new RegExp(String.raw`\b(?:SSC|HSC|SSLC|HSSC|AISSCE|AISSE|S\.S\.L\.C\.?|S\.S\.C\.?|H\.S\.C\.?)${END}`, 'gu'),
    ],
  ],
);

// "Matric" (Pakistan's and South Africa's matriculation) names the exam, but "… Matric Hr.Sec School" an Indian school.
const NOT_A_SCHOOL_NAME = String.raw`(?!\.?[ \t]+(?:hr|higher|h\.?[ \t]?s|hss|sec|secondary|school|schools)(?![\p{L}]))`;
// Words that name a degree only where the text is known to be an education entry: as a job title or in prose they mean
// something else ("Scrum Master", "Ingeniero de software", "специалист по продажам", "Intermediate Excel").
const EDUCATION_WORD_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    // A bare "Master" right after another word is a role ("Scrum Master", "Data Master"), not the degree. France's
    // master's years go with it ("Master 2 Finance", "Master II Économie": the M2, its second year, which the diploma names).
    [
      'master',
      new RegExp(
        String.raw`(?<!\p{L}[ \t])\b(?:(?:master['’]?s?|m[aá]ster)(?:[ \t]+(?:[12]|II?)(?![\p{L}\p{N}]))?|diplom)${END}|\bpost[-\s]?graduation${END}`,
        'giu',
      ),
    ],
    ['master', new RegExp(String.raw`(?<![\p{L}])(?:специалист|инженер)${END}`, 'giu')],
    // The US Education Specialist (Ed.S., between the master's and the doctorate) and the specialist degree as Russian
    // and Ukrainian diplomas are put in English: "Education Specialist", "Specialist in Education", "Specialist: School
    // Psychology", "Specialist degree in Law"; opening their part (not "Special Education Specialist", "IT Specialist: …"), and
    // "Specialist" alone only before a colon ("Specialist in developing …" is prose).
    [
      'master',
      new RegExp(
        String.raw`(?<!\p{L}[ \t])\b(?:education[ \t]+specialist|specialist[ \t]+in[ \t]+education|specialist(?:['’]s)?[ \t]+degree|specialist(?=[ \t]{0,3}:))${END}`,
        'giu',
      ),
    ],
    // The French "Ingénieur" (its accent: the German "Ingenieur" is a title) is the diplôme d'ingénieur, a master's. A
    // lower-case word after it other than the degree's own ("en", "diplômé", "généraliste", "civil", "agronome", "de l'…")
    // makes it a job title: "Ingénieur logiciel", "Ingénieur d'études" (case-sensitive, so that the word's case is seen).
    [
      'master',
      new RegExp(
        String.raw`(?<![\p{L}])(?:[Ii]ngénieur|INGÉNIEUR)${END}(?![ \t]+(?!(?:en|diplômée?|généraliste|civil|agronome)(?![\p{L}])|de[ \t]+l['’]|d['’][ÉE]tat)\p{Ll})`,
        'gu',
      ),
    ],
    // hh.ru's level line: "Высшее" (higher), "Неоконченное высшее" (unfinished higher: school level reached).
    ['bachelor', new RegExp(String.raw`(?<![\p{L}])высшее${END}`, 'giu')],
    ['high-school', new RegExp(String.raw`(?<![\p{L}])неоконченное\s+высшее${END}`, 'giu')],
    [
      'bachelor',
      new RegExp(
        String.raw`\b(?:${NOT_DRIVING}licence(?:[ \t]+[1-3](?![\p{L}\p{N}]))?|laurea|grado|ingenier[oaí]a?|graduation|under[-\s]?graduat(?:e|ion)|b\.\s?e\.?)${END}`,
        'giu',
      ),
    ],
    // "Associates : Applied Science" (either case); "Sales Associate" is a role, as with "Master" above.
    ['associate', new RegExp(String.raw`(?<!\p{L}[ \t])\b[Aa]ssociate['’]?s?${END}|\b(?:DUT|BTS)${END}`, 'gu')],
    // Brazil's "Pós-graduação" and Latin America's "Especialização"/"Especialización": a postgraduate specialisation of a
    // year or so, no master's (which is "Mestrado"/"Maestría").
    [
      'diploma',
      new RegExp(
        String.raw`\b(?:diploma|t[eé]cnic[oa]|post[-\s]?graduate\s+program(?:me)?|p[óo]s[-\s]?gradua[çc][ãa]o|especializa(?:[çc][ãa]o|ci[óo]n))${END}`,
        'giu',
      ),
    ],
    // France's two years of preparatory classes for the grandes écoles ("Classes préparatoires aux grandes écoles (MPSI/MP)",
    // "CPGE"): studied after the baccalauréat, but they award no diploma, so the level they attest is the baccalauréat's.
    // In an education entry only: "classes préparatoires" in prose is no qualification.
    [
      'high-school',
      new RegExp(String.raw`\bclasses?\s+pr[ée]paratoires?(?:\s+aux\s+grandes\s+[ée]coles)?${END}|\bCPGE${END}`, 'giu'),
    ],
    // India's and Pakistan's Intermediate (also misspelt "Entermediate"), the 12th, PUC and the boards' names.
    [
      'high-school',
      new RegExp(
        String.raw`\b(?:[ie]ntermediate|(?:1[02])th|puc|cbse|icse|c\.b\.s\.e\.?|i\.c\.s\.e\.?|pre[-\s]?university|xii(?:th)?)${END}|\bmatric${END}${NOT_A_SCHOOL_NAME}`,
        'giu',
      ),
    ],
  ],
);
// What follows a dotted or spaced abbreviation that may also be a name's initials, where it is a degree: a colon, a comma,
// "degree" or "in" ("A.S : Computer Science", "A.A , Liberal Arts", "M. S : Computer Science").
const DOTTED_DEGREE_AFTER = String.raw`(?=[ \t]*(?:[:,]|(?:[Dd]egree|DEGREE|in)\b))`;
// Abbreviations that are degrees in an education entry but also other things in a job ad or a skills list ("JD": job
// description, "MFA": multi-factor authentication, "MD": managing director, "LLM": large language model): medical (Indian BDS, BHMS, BAMS), law,
// social work, fine arts, public administration and health.
const EDUCATION_CASE_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    ['phd', new RegExp(String.raw`${ABBREVIATION}M\.D\.|J\.D\.?|JD|Ed\.D\.?|EdD|DVM|DDS|DNP)${END}`, 'gu')],
    // The Education Specialist, with its case ("EDS" is a company's name).
    ['master', new RegExp(String.raw`${ABBREVIATION}Ed\.S\.?|EdS)${END}`, 'gu')],
    // Indian forms too: media (BMM, BJMC, MJMC), accounting and finance (BAF, MFM), management (MMS, MCM: computer
    // management), computer science (BCS, MCS), a year of a bachelor's (FYBCom, SYBSc, TYBCOM), design (B.Des),
    // physiotherapy (BPT, MPT), physical education (B.P.Ed), hotel management (BHMCT), lab technology (BMLT, DMLT),
    // nursing (GNM), teaching (D.Ed), computer applications (DCA, ADCA, GNIIT), management (DIM: IGNOU's diploma), and AMIE (the engineers' institution's
    // degree-equivalent membership).
    [
      'master',
      new RegExp(
        String.raw`${ABBREVIATION}ME|MFA|M\.F\.A\.?|MSW|MPA|MPP|MLIS|MST|M\.P\.H\.?|MDS|MHRM|PGP|LLM|MMS|MFM|MJMC|MPT|M\.\s?Des\.?|MDes|M\.\s?P\.\s?Ed\.?|M-Tech|MCM|MCS|M\.C\.S\.?)${END}`,
        'gu',
      ),
    ],
    [
      'bachelor',
      new RegExp(
        String.raw`${ABBREVIATION}BE|BDS|BHMS|BAMS|BSW|BMS|B\.\s?Voc|BVoc|BHM|BMM|B\.M\.M\.?|BAF|BJMC|BHMCT|BPT|BMLT|B\.\s?Des\.?|BDes|B\.\s?P\.\s?Ed\.?|AMIE|A\.M\.I\.E\.?|B\.F\.A\.?|BCS|BCIS|B\.C\.S\.?|(?:FY|SY|TY)B\.?(?:COM|Com|Sc|SC|A|MS)\.?)${END}`,
        'gu',
      ),
    ],
    // Pakistan's intermediate certificates: F.Sc (science: pre-engineering, pre-medical) and I.Com (commerce).
    ['high-school', new RegExp(String.raw`${ABBREVIATION}F\.\s?Sc\.?|FSc|I\.\s?Com\.?|ICom)${END}`, 'gu')],
    // France's master's years as they are written short before the field ("M2 Finance de marché", "M1 Informatique"); not
    // the US forces' M1 and M2 that a military résumé's training lists ("M1 Abrams Armor Crewman Course", "M2 Bradley"),
    // nor Apple's chips ("M1 MacBook Pro").
    [
      'master',
      new RegExp(
        String.raw`${ABBREVIATION}M[12])(?=[ \t]+\p{Lu})(?![ \t]+(?:Abrams|Garand|Carbine|Bradley|Browning|Mac(?:Book)?|iMac|iPad|Pro|Max|Ultra|Air|Chip)(?![\p{L}]))`,
        'gu',
      ),
    ],
    [
      'diploma',
      new RegExp(String.raw`${ABBREVIATION}D\.\s?Pharm|DPharm|DMLT|GNM|D\.\s?Ed\.?|DCA|ADCA|GNIIT|DIM)${END}`, 'gu'),
    ],
    // The associate of science or arts dotted ("A.S. Degree : Business Administration", "A.S : Computer Science", "A.S ,
    // Nursing", "A.A : Liberal Arts") and the associate of occupational studies ("AOS : Culinary Arts"), only before a colon,
    // a comma, "degree" or "in": elsewhere two dotted capitals may be a name's initials ("A.S. College").
    ['associate', new RegExp(String.raw`${ABBREVIATION}A\.S\.?|A\.A\.?|AOS)${DOTTED_DEGREE_AFTER}`, 'gu')],
    // "B. S : Computer Science", "M. S : Computer Science": the same, spaced out.
    ['bachelor', new RegExp(String.raw`${ABBREVIATION}B\.[ \t]S\.?)${DOTTED_DEGREE_AFTER}`, 'gu')],
    ['master', new RegExp(String.raw`${ABBREVIATION}M\.[ \t]S\.?)${DOTTED_DEGREE_AFTER}`, 'gu')],
    // British and Commonwealth school-leaving exams (the GCE and its A- and O-Levels, the Caribbean CSEC); the Indian ones
    // spaced out ("S. S. C.", "H. S. C."), here only: elsewhere they may be a
    // person's initials.
    [
      'high-school',
      new RegExp(
        String.raw`${ABBREVIATION}A[-\s]Levels?|O[-\s]Levels?|GCSEs?|IGCSEs?|GCE|CSEC|S\.\s(?:S\.\s)?L\.\sC\.?|S\.\sS\.\sC\.?|H\.\sS\.\sC\.?)${END}`,
        'gu',
      ),
    ],
  ],
);
// Degree titles written before or after a name in Central Europe, Poland and the Netherlands, and the short forms of the
// US colleges' Latin degree names (Harvard's A.B., MIT's S.B. and S.M.): in an education entry only, and only in a
// degree's shape, for each is also a word, a title before a person's name or an institute's initials ("Mgr. Jan Novák",
// "Ing. Jan Novák, Ph.D.", "Sales Mgr.", "BIT Mesra", "A.B. Road", "S.B. Patil College", "Calgary AB"). A title is a
// degree where a part of the line begins with it (the line's start, a separator, a year) and what follows is the
// line's or part's end, a separator, a year, a word in lower case ("Bc. v oboru informatika", "mgr inż. informatyki",
// "Mag. rer. soc. oec.") or one capitalised word before a separator ("Mgr. Psychologie, Univerzita Karlova"); two
// capitalised words are a name ("Mgr. Jan Novák"), and another title after it opens one ("doc. Ing. Jan Novák").
// Czech and Slovak: Bc. (bachelor), Mgr., Ing. (master; "Ing. en Sistemas" is Spanish, an ingeniero: bachelor, as that
// word is above); Polish: lic. (licencjat), inż. (first-cycle engineer), mgr, mgr inż. (master), dr inż. (doctor);
// Austrian: Mag. (Magister, also "Mag. rer. soc. oec.", "Mag. phil."); Dutch: ing. (HBO bachelor), drs., ir. (master).
// The Czech and Slovak doctors' titles: MUDr., MDDr., MVDr. (medicine, dentistry, veterinary medicine: a phd, as the
// M.D., DDS and DVM are here) and the small doctorates after a master's and a rigorous exam, JUDr., PhDr., RNDr.,
// PaedDr., PharmDr., ThDr. (master; the Czech doctorate is written Ph.D.): "MUDr. Jan Novák" heading a CV is a name.
// (Where a part begins is checked on the text before each match, in readDegreeMentions: a pattern opening with a
// lookbehind of several characters is tried at every position of the text, which is many times slower.)
const PART_START = /(?:[\n\r\t,;:|•·●▪*–—(/]|[ \t]-|\d)[ \t]{0,8}$/u;
const AFTER_COMMA = /,[ \t]{0,8}$/;
const NOT_IN_A_WORD = String.raw`(?<![\p{L}\p{N}])`;
const TITLE_AFTER = String.raw`(?=[ \t]*(?:$|[\n\r\t,;:|(–—/]|-[ \t]|(?:19|20)\d\d(?!\d))|[ \t]+(?!(?:in[żz]|hab|ing|mgr|dr|doc|prof)\.?(?![\p{L}]))\p{Ll}|[ \t]+\p{Lu}[\p{Ll}'’-]*[ \t]*(?:$|[\n\r\t,;|(–—]))`;
const TITLE = (source: string) => new RegExp(`${NOT_IN_A_WORD}(?:${source})${TITLE_AFTER}`, 'gu');
// The engineer's title spelt out, Polish "inżynier" (inż.), Slovak "inžinier" and Czech "inženýr" (Ing.), in any case: a
// degree where a part begins with it and the part or the line ends there, or a separator, a year or "in the field of"
// and the field follow ("Inžinier, Slovenská technická univerzita", "tytuł zawodowy: inżynier", "Inženýr v oboru
// Informatika", "inżynier w zakresie informatyki", "inżynier na kierunku Informatyka"). A word after it makes a job
// title ("inżynier oprogramowania", "Inžinier kvality": software, quality engineer), and so does "w"/"v" before anything
// else: the employer ("Inżynier w firmie ABB", "Inženýr ve společnosti Škoda": an engineer at a firm).
const SPELT_TITLE_AFTER = String.raw`(?=[ \t]*(?:$|[\n\r\t,;:|(–—/]|-[ \t]|(?:19|20)\d\d(?!\d))|[ \t]+(?:v[ \t]+(?:oboru|odbore|studijním|študijnom)|w[ \t]+(?:zakresie|dziedzinie|specjalności|specjalizacji)|na[ \t]+kierunku)(?![\p{L}]))`;
const SPELT_TITLE = (source: string) => new RegExp(`${NOT_IN_A_WORD}(?:${source})${SPELT_TITLE_AFTER}`, 'giu');
// After the undotted A.B., S.B., S.M. and BIT, what makes them a degree: a colon, "in" and the field, "degree", honours
// or Latin honours; or a comma and the school: for AB, SB and SM one of the colleges that award them by these names or
// a name ending in College, University, Institute or School, for BIT a university ("BIT, Deakin University"; "BIT,
// Birla Institute of Technology" is the institute). Never after a comma ("Calgary, AB"), nor as "AB, Canada".
const SHORT_DEGREE_CONTEXT = String.raw`[ \t]*(?::[ \t]|\([ \t]?(?:Hons|Honours|Honors)|(?:Hons|Honours)(?![\p{L}]))|[ \t]+(?:in[ \t]+\p{Lu}|[Dd]egree(?![\p{L}])|(?:magna|summa)[ \t]+cum|cum[ \t]+laude)`;
const NAMED_SCHOOL = (last: string) => String.raw`(?:\p{Lu}[\p{L}'’.&-]*[ \t]+){0,4}(?:${last})(?![\p{L}])`;
const LATIN_SCHOOL = String.raw`(?:MIT|Harvard|Princeton|Dartmouth|Brown|Bowdoin|Duke|Chicago|Georgetown|Cornell|Columbia|Caltech)(?![\p{L}])|${NAMED_SCHOOL('College|University|Institute|School')}`;
const SHORT_DEGREE = (source: string, school: string) =>
  new RegExp(
    String.raw`${NOT_IN_A_WORD}(?:${source})(?![\p{L}\p{N}])(?=${SHORT_DEGREE_CONTEXT}|[ \t]*,[ \t]*(?:${school}))`,
    'gu',
  );
// Dotted, the Latin forms are a degree after a comma too ("Harvard College, A.B. 2012"), unless a capitalised word
// follows, which makes them initials ("A.B. Road", "S.B. Patil College").
const LATIN_DOTTED = (source: string) =>
  new RegExp(String.raw`${NOT_IN_A_WORD}(?:${source})(?![\p{L}\p{N}])(?![ \t]+\p{Lu})`, 'gu');
const TITLE_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    ['phd', TITLE(String.raw`[Dd]r\.?[ \t]?in[żz]\.|MUDr\.|MDDr\.|MVDr\.`)],
    ['master', TITLE(String.raw`JUDr\.|PhDr\.|RNDr\.|PaedDr\.|PharmDr\.|ThDr\.`)],
    [
      'master',
      TITLE(
        String.raw`[Mm]gr\.?[ \t]?in[żz]\.|Mgr\.|mgr\.?|Ing\.(?![ \t]+(?:en|de|em)[ \t])|Mag\.a?(?:[ \t]?(?:rer\.[ \t]?(?:soc\.[ \t]?oec|nat|pol)|phil|iur|arch|pharm|theol|art)\.)?|drs\.|ir\.`,
      ),
    ],
    ['bachelor', TITLE(String.raw`Bc\.|[Ll]ic\.|[Ii]n[żz]\.|ing\.|Ing\.(?=[ \t]+(?:en|de|em)[ \t])`)],
    ['bachelor', SPELT_TITLE('in[żz]ynier')],
    ['master', SPELT_TITLE('in[žz]inier|in[žz]en[ýy]r')],
    ['bachelor', LATIN_DOTTED(String.raw`A\.B\.|S\.B\.`)],
    ['master', LATIN_DOTTED(String.raw`S\.M\.`)],
  ],
);
// The undotted short forms: at a part's start, but never after a comma.
const SHORT_DEGREE_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    ['bachelor', SHORT_DEGREE('AB|SB', LATIN_SCHOOL)],
    ['master', SHORT_DEGREE('SM', LATIN_SCHOOL)],
    ['bachelor', SHORT_DEGREE('BIT', NAMED_SCHOOL('University'))],
  ],
);
const AT_PART_START = builtOnFirstUse(
  () => new Set([...TITLE_PATTERNS(), ...SHORT_DEGREE_PATTERNS()].map(([, pattern]) => pattern)),
);
const NOT_AFTER_COMMA = builtOnFirstUse(() => new Set(SHORT_DEGREE_PATTERNS().map(([, pattern]) => pattern)));
// A label, alone in its part of the text, then a colon or dash just before a match: "Stanowisko: ", "Job title - ".
const LABEL_BEFORE = /[\n\r\t,;|•][ \t]*([^\n\r\t,;|•:–—-]{1,50}?)[ \t]*[:–—-][ \t]*$/u;
const POSITION_LABEL_LOOK = 60;
/**
 * Whether the text before `start` ends with a position's or an employer's label (core's entry-field labels of a title or
 * an employer): what follows names the position held or the firm, never a degree ("Stanowisko: Inżynier", "Pozice: Ing.",
 * "Position: Engineer", "Cargo: Ingeniero", "Designation - MBA Trainee", "Company: Master Builders").
 */
function afterPositionLabel(text: string, start: number): boolean {
  const from = Math.max(0, start - POSITION_LABEL_LOOK);
  const label = LABEL_BEFORE.exec(`${from === 0 ? '\n' : ''}${text.slice(from, start)}`)?.[1];
  if (label === undefined) return false;
  const kind = entryFieldKind(label);
  return kind === 'title' || kind === 'weak-title' || kind === 'employer';
}
/** Whether a match at `start` opens a part of the text: the text's start, or a separator, a dash or a digit before it. */
function opensPart(text: string, start: number, pattern: RegExp): boolean {
  const before = text.slice(Math.max(0, start - 10), start);
  if (NOT_AFTER_COMMA().has(pattern) && AFTER_COMMA.test(before)) return false;
  return (start <= 10 && /^[ \t]*$/.test(before)) || PART_START.test(before);
}

// After an ambiguous two-letter abbreviation in a job ad, what makes it a degree: "BS/MS", "MS in", "BA degree", "BS or".
const DEGREE_CONTEXT_AFTER =
  /^[ \t]*(?:[/(]|,\s*(?:BS|MS|BA|MA|PhD|Ph\.D)|(?:or|and|in|degree|from|required|preferred|plus)\b)/;
// Before one: "a BS", "BS/", "Bachelors (BS)".
const DEGREE_CONTEXT_BEFORE = /(?:[/(]|\b(?:a|an|or|and|your|with|hold|holds|have|has)\s)$/;
const AMBIGUOUS = /^(?:MS|MA|BS|BA|M\.S|M\.A|B\.S|B\.A)$/;
// An abbreviation that is also a state's or province's code (MA, MS) names the place after a town and a comma, however
// spaced ("Boston ,  MA", "Jackson,\nMS"), or after "in" ("registered in MA", "Licensed in MA and NH"); not where a
// degree's words go on after it ("in MS (Computer Science)", "in MA : History", "in MS Computer Science").
const PLACE_BEFORE = /(?:\p{Ll}[ \t]*,\s*|(?<![\p{L}])[Ii]n[ \t]+)$/u;
const DEGREE_GOES_ON = /^[ \t]*(?:[:(/]|(?:in|of|degree)\b|\p{Lu}\p{Ll})/u;
const PLACE_LOOK = 40;
/** Whether an abbreviation at `start` that is also a region's code stands where a place does (see PLACE_BEFORE). */
function isRegionCodeAsPlace(text: string, start: number, end: number): boolean {
  if (!REGION_CODES.has(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - PLACE_LOOK), start);
  return PLACE_BEFORE.test(before) && !DEGREE_GOES_ON.test(text.slice(end, end + PLACE_LOOK));
}

/** One degree named in a text. */
export interface DegreeMention {
  level: DegreeLevel;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

/** Options for {@link findDegreeMentions}. */
export interface DegreeMentionOptions {
  /**
   * `job` (default) reads ambiguous abbreviations (MS, BA) only next to degree words; `resume` reads them anywhere outside "City, ST";
   * `education` is for text known to be an education entry and also reads words that are degrees only there (bare "Master",
   * "Diploma", "Intermediate", "BE", "Ingeniero", "специалист").
   */
  mode?: 'job' | 'resume' | 'education' | undefined;
}

// Degree words in other names. Certifications: "Certified Associate in Project Management (CAPM)", "Oracle Certified
// Master", "AWS Certified Solutions Architect – Associate" (the word after "Certified" and at most four more capitalised
// words: "board certified and a Master's degree" is a degree), and
// "Master Certificate in Six Sigma" (a degree title before "Certificate", also misspelt "Certficate"). Firms: "John E. Reid &
// Associates, Inc.", "Smith and Associates" (a bare "Associates" after "&" or "and", or any degree word before a company
// suffix). Each mention looks at a window of fixed length on either side, so the whole check stays linear.
const OTHER_NAME_WINDOW = 60;
const CERTIFIED_BEFORE = /\b(?:[Cc]ertified|CERTIFIED)(?:[ \t]+[\p{Lu}&/-][\p{L}&/-]*){0,4}[ \t]*[-–—:]?[ \t]*$/u;
const CERTIFICATE_AFTER = /^[ \t]+(?:certi?ficate|certification|certified)\b/i;
const FIRM_BEFORE = /(?:&|\band)[ \t]*$/i;
// A company's legal form after the degree word (core's LEGAL_FORMS), abbreviated: not "Co." ("Bachelor Co-op"), nor a
// form abroad without full stops but GmbH ("SAS", "Spa", "AG", "SA" follow a degree as a software, a trade, a field or a
// country: "Diploma Spa Therapy"), nor a word spelt out ("Limited", "Company").
const FIRM_FORMS = LEGAL_FORMS.filter(
  (form) =>
    !form.spelledOut &&
    !form.beforeName &&
    form.written !== 'co.' &&
    (form.english || form.written.includes('.') || form.written === 'gmbh'),
);
const FIRM_AFTER = new RegExp(String.raw`^,?[ \t]+(?:${legalFormSource(FIRM_FORMS)})(?![\p{L}\p{N}])`, 'iu');
function namesOtherThing(text: string, mention: DegreeMention): boolean {
  const before = text.slice(Math.max(0, mention.start - OTHER_NAME_WINDOW), mention.start);
  const after = text.slice(mention.end, mention.end + OTHER_NAME_WINDOW);
  if (CERTIFIED_BEFORE.test(before) || FIRM_AFTER.test(after)) return true;
  // "Master Certificate" names a certificate; a school-leaving "GED Certificate" or a "Diploma Certificate" is the
  // qualification itself.
  if (CERTIFICATE_AFTER.test(after) && mention.level !== 'high-school' && mention.level !== 'diploma') return true;
  return /^associates?$/i.test(mention.text) && FIRM_BEFORE.test(before);
}

// The word that names a Microsoft product after "Microsoft" or "MS" in core's skills, lower case ("Microsoft Office",
// "MS SQL Server", "Microsoft Power BI": office, sql, power).
const MICROSOFT_NAME = /^(?:Microsoft|MS)[ \t-]+([\p{L}\p{N}]+)/iu;
const MICROSOFT_PRODUCT_WORDS = builtOnFirstUse(
  (): ReadonlySet<string> =>
    new Set(
      allSkillDefinitions
        .flatMap((skill) => [
          skill.name,
          ...skill.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
        ])
        .flatMap((name) => MICROSOFT_NAME.exec(name)?.[1]?.toLowerCase() ?? []),
    ),
);
// The word after an abbreviation, past a full stop, a hyphen or spaces ("MS-Excel", "M.S. Office"), and the word after
// that one.
const WORD_AFTER = /^\.?[ \t]*-?[ \t]*([\p{L}\p{N}]+)(?:[ \t]+([\p{L}]+))?/u;
// Fields of study whose first word is also a Microsoft product's ("M.S. Project Management", "MS Power Systems", "M.S.
// Visual Communication"): after MS they are the degree's field, not Microsoft Project, Power BI or Visual Studio.
const FIELD_AFTER_PRODUCT_WORD: ReadonlyMap<string, RegExp> = new Map([
  ['project', /^management$/i],
  ['power', /^(?:systems?|electronics|engineering)$/i],
  ['visual', /^(?:communications?|arts?|design|studies|culture)$/i],
]);
// A product's name misspelt with its last letter doubled ("MS Excell", "MS Wordd"), of five letters or more.
const DOUBLED_LAST_LETTER = /^[\p{L}]{4,}([\p{L}])\1$/u;
// "MS-CIT" (also "MS CIT"): the Maharashtra State Certificate in Information Technology, a computer course that Indian
// résumés list, no master's.
const STATE_CERTIFICATE_AFTER_MS = 'cit';
/**
 * Whether an "MS" (or "M.S") is Microsoft: one of its products' names follows, in any case ("MS Project", "MS-Excel", "MS
 * OFFICE", "MS Publisher"), as core's skills write them after "Microsoft" or "MS", or misspelt with its last letter
 * doubled ("MS Excell"), and begins no field of study; or it is the state certificate "MS-CIT".
 */
function namesMicrosoftProduct(text: string, mention: DegreeMention): boolean {
  if (!/^M\.?S\.?$/.test(mention.text)) return false;
  const words = WORD_AFTER.exec(text.slice(mention.end, mention.end + OTHER_NAME_WINDOW));
  const written = words?.[1]?.toLowerCase();
  if (written === STATE_CERTIFICATE_AFTER_MS) return true;
  const word =
    written !== undefined && !MICROSOFT_PRODUCT_WORDS().has(written) && DOUBLED_LAST_LETTER.test(written)
      ? written.slice(0, -1)
      : written;
  if (word === undefined || !MICROSOFT_PRODUCT_WORDS().has(word)) return false;
  const field = FIELD_AFTER_PRODUCT_WORD.get(word);
  return field === undefined || words?.[2] === undefined || !field.test(words[2]);
}

// The education mode's own patterns, after the job mode's words.
const EDUCATION_PATTERNS = builtOnFirstUse(
  (): LevelPatterns => [
    ...EDUCATION_WORD_PATTERNS(),
    ...EDUCATION_CASE_PATTERNS(),
    ...TITLE_PATTERNS(),
    ...SHORT_DEGREE_PATTERNS(),
  ],
);

// Single capitals dotted on right after a dotted abbreviation (".E." of "B.S.E.").
const DOTTED_ON = /^(?:\.\p{Lu}(?![\p{L}]))+\.?/u;
/** Whether a dotted abbreviation ("B.E.") follows a dotted capital with no space: it is the end of a longer acronym. */
function insideDottedAcronym(text: string, mention: DegreeMention): boolean {
  return (
    /^\p{L}\./u.test(mention.text) &&
    /(?<![\p{L}])\p{L}\.$/u.test(text.slice(Math.max(0, mention.start - 3), mention.start))
  );
}

// The mentions of short texts read lately, by mode: the résumé readers ask about the same line several times (a line,
// then its degree part, then the same line again while joining an entry), and each reading runs some 30 patterns.
// Each caller gets its own list and mentions to change.
const copyMentions = (mentions: DegreeMention[]) => mentions.map((mention) => ({ ...mention }));
const remembered = new Map(
  (['job', 'resume', 'education'] as const).map((mode) => [
    mode,
    rememberLines((text: string) => readDegreeMentions(text, mode), copyMentions),
  ]),
);

/** Every degree named in a text ("BS/MS in Computer Science", "B.Tech", "HND", "Diplom-Ingenieur"), in text order. */
export function findDegreeMentions(text: string, options: DegreeMentionOptions = {}): DegreeMention[] {
  checkTextArgument('findDegreeMentions', 'text', text);
  // Options that are no object (null: V8's TypeError) or a mode of none of the three (read as the job's) are refused.
  const mode: unknown =
    checkRecordArgument('findDegreeMentions', 'options', options, 'an options object ({ mode })').mode ?? 'job';
  const read = remembered.get(mode as NonNullable<DegreeMentionOptions['mode']>);
  if (read === undefined)
    throw invalidArgument(
      'findDegreeMentions',
      'options.mode',
      `must be 'job', 'resume' or 'education', got ${describeValue(mode)}`,
    );
  return read(text);
}

/**
 * A case-insensitive pattern's source with its letters in lower case (escapes such as `\p{L}` kept), for an ASCII text
 * read in lower case: without the `i` flag it finds the same matches there, at the same places. (Its other literals
 * are letters no ASCII character folds to: "é", "’", Cyrillic, Hebrew.) V8 runs such a pattern several times faster
 * than with `i` and `u` together, which it cannot start by a quick look at the first character.
 */
const lowerCaseLetters = (source: string) =>
  source.replace(/\\(?:[pP]\{[^}]*\}|.)|[A-Z]+/g, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
const FOR_LOWER_CASE_ASCII = builtOnFirstUse(
  () =>
    new Map(
      [...WORD_PATTERNS(), ...EDUCATION_PATTERNS()]
        .filter(([, pattern]) => pattern.ignoreCase)
        .map(([, pattern]) => [pattern, new RegExp(lowerCaseLetters(pattern.source), pattern.flags.replace('i', ''))]),
    ),
);
const NON_ASCII = /[^\x00-\x7f]/;

function readDegreeMentions(text: string, mode: NonNullable<DegreeMentionOptions['mode']>): DegreeMention[] {
  const input = text.length > MAX_DEGREE_TEXT ? text.slice(0, MAX_DEGREE_TEXT) : text;
  const mentions: DegreeMention[] = [];
  // An ASCII text is read in lower case by the case-insensitive patterns' lower-case forms; the mention quotes the text.
  const lowerCase = NON_ASCII.test(input) ? undefined : input.toLowerCase();
  const findWords = (level: DegreeLevel, pattern: RegExp) => {
    const inLowerCase = lowerCase === undefined ? undefined : FOR_LOWER_CASE_ASCII().get(pattern);
    for (const match of inLowerCase ? matchesOf(lowerCase as string, inLowerCase) : matchesOf(input, pattern)) {
      if (AT_PART_START().has(pattern) && !opensPart(input, match.index, pattern)) continue;
      const end = match.index + match[0].length;
      mentions.push({ level, text: input.slice(match.index, end), start: match.index, end });
    }
  };
  for (const [level, pattern] of WORD_PATTERNS()) findWords(level, pattern);
  if (mode === 'education') for (const [level, pattern] of EDUCATION_PATTERNS()) findWords(level, pattern);
  for (const [level, pattern] of CASE_PATTERNS()) {
    for (const match of matchesOf(input, pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isRegionCodeAsPlace(input, start, end)) continue;
      if (mode === 'job' && AMBIGUOUS.test(match[0])) {
        // "Boston, MA" is excluded above; "MA" alone is too often a state to trust in an ad.
        if (match[0].startsWith('MA') || match[0].startsWith('M.A')) {
          if (!/^\s*(?:in|degree)\b/.test(input.slice(end, end + 12))) continue;
        }
        const after = input.slice(end, end + 20);
        const before = input.slice(Math.max(0, start - 8), start);
        if (!DEGREE_CONTEXT_AFTER.test(after) && !DEGREE_CONTEXT_BEFORE.test(before)) continue;
      }
      mentions.push({ level, text: match[0], start, end });
    }
  }
  // A degree word inside a certification's or a firm's name is no degree ("Certified Associate in Project Management"),
  // nor is a dotted abbreviation inside a longer dotted acronym ("B.E." of "G.L.O.B.E."); capitals dotted on after one
  // are still its name, of its level ("B.S.E.", "M.S.W.", "B.S.E.E.").
  // Nor is one right after a position's or an employer's label ("Cargo: Ingeniero", "Designation: MBA Trainee"), nor
  // Microsoft's MS ("MS-Excel").
  const degrees = mentions.filter(
    (mention) =>
      !namesOtherThing(input, mention) &&
      !insideDottedAcronym(input, mention) &&
      !afterPositionLabel(input, mention.start) &&
      !namesMicrosoftProduct(input, mention),
  );
  for (const mention of degrees) {
    const more = DOTTED_ON.exec(input.slice(mention.end, mention.end + 16));
    if (more && /^\p{L}\.\p{L}/u.test(mention.text) && !mention.text.endsWith('.')) {
      mention.end += more[0].length;
      mention.text = input.slice(mention.start, mention.end);
    }
  }
  mentions.length = 0;
  mentions.push(...degrees);
  // One place read twice ("B.Sc" by both lists): keep the first, longest reading. A bare "degree in" right after
  // another degree ("MS degree in") belongs to that one.
  mentions.sort((left, right) => left.start - right.start || right.end - left.end);
  const bare = (mention: DegreeMention) => /^degree/i.test(mention.text);
  const named = mentions.filter(
    (mention) =>
      !bare(mention) ||
      !mentions.some((other) => !bare(other) && other.end <= mention.start && mention.start - other.end <= 2),
  );
  mentions.length = 0;
  mentions.push(...named);
  const kept: DegreeMention[] = [];
  let reached = -1;
  for (const mention of mentions) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}

/** Position of a level in {@link degreeLevels}: higher means more advanced. */
export function degreeRank(level: DegreeLevel): number {
  return degreeLevels.indexOf(level);
}

/**
 * The highest degree level named in resume texts, or undefined when none is found. `mode` as in {@link findDegreeMentions}:
 * `resume` by default, `education` for texts known to be education entries or an education section.
 */
export function highestDegreeLevel(
  texts: readonly string[],
  options: DegreeMentionOptions = {},
): DegreeLevel | undefined {
  checkListArgument('highestDegreeLevel', 'texts', texts, 'a list of strings').forEach((text, index) =>
    checkTextArgument('highestDegreeLevel', `texts.${index}`, text),
  );
  const mode = options.mode ?? 'resume';
  let best: DegreeLevel | undefined;
  for (const text of texts) {
    for (const mention of findDegreeMentions(text, { mode }))
      if (best === undefined || degreeRank(mention.level) > degreeRank(best)) best = mention.level;
  }
  return best;
}

const EQUIVALENT =
  /\bor\s+(?:an?\s+)?equivalent(?:\s+(?:combination|(?:work|practical|professional|relevant)\s+experience|experience))?\b|\bequivalent\s+(?:combination|(?:work|practical|professional|relevant)\s+)?experience\b|\bin\s+lieu\s+of\s+(?:a\s+)?degree\b/i;

/** True when a job text accepts equivalent experience instead of a degree ("or equivalent practical experience"). */
export function acceptsEquivalentExperience(text: string): boolean {
  checkTextArgument('acceptsEquivalentExperience', 'text', text);
  return EQUIVALENT.test(text.length > MAX_DEGREE_TEXT ? text.slice(0, MAX_DEGREE_TEXT) : text);
}
