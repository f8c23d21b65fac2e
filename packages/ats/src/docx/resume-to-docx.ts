import { parseResume, type EducationEntry, type ExperienceEntry, type Resume } from '@rolefit/core';
import { checkBytesArgument, checkRecordArgument, invalidArgument, pushAll } from '@rolefit/core/internal';
import type { Paragraph, TextRun } from 'docx';

// The docx package is loaded when a resume is written, not when @rolefit/ats is imported.
type Docx = typeof import('docx');

/** Options for {@link resumeToDocx}. */
export interface ResumeToDocxOptions {
  /** A photo (PNG or JPEG) shown inline at the top. */
  photo?: Uint8Array | undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Right edge of the text on a US Letter page with one-inch margins, in twentieths of a point.
const RIGHT_TAB = 9360;
const PHOTO_SIZE = 96;

/** "Jan 2019". */
export function formatMonth(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Jan 2019 – Present", "Jan 2019 – Mar 2021", "2021" (an end alone), or '' without dates. */
export function formatDateRange(start: Date | undefined, end: Date | null | undefined): string {
  if (start && end === null) return `${formatMonth(start)} – Present`;
  if (start && end) return `${formatMonth(start)} – ${formatMonth(end)}`;
  if (start) return `${formatMonth(start)} – Present`;
  if (end) return formatMonth(end);
  return '';
}

// The paragraph builders, over the loaded docx module.
function builders({ HeadingLevel, Paragraph, TabStopType, TextRun }: Docx) {
  const heading = (text: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 240, after: 80 },
      children: [new TextRun({ text, bold: true })],
    });
  const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  // A literal bullet character: it survives every text extraction, unlike a numbering definition.
  const bullet = (text: string) =>
    new Paragraph({ indent: { left: 360, hanging: 240 }, children: [new TextRun(`• ${text}`)] });

  // "Title — Company, City<tab>Jan 2019 – Present", dates on a right-aligned tab stop.
  const entryLine = (left: TextRun[], dates: string): Paragraph =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
      spacing: { before: 120 },
      children: dates ? [...left, new TextRun(`\t${dates}`)] : left,
    });

  const experienceParagraphs = (entry: ExperienceEntry): Paragraph[] => {
    const place = [entry.company, entry.location].filter(Boolean).join(', ');
    const left = [new TextRun({ text: entry.title, bold: true }), ...(place ? [new TextRun(` — ${place}`)] : [])];
    return [
      entryLine(left, formatDateRange(entry.start, entry.end)),
      ...(entry.description ? [plain(entry.description)] : []),
      ...entry.highlights.map(bullet),
    ];
  };

  const educationParagraph = (entry: EducationEntry): Paragraph => {
    const degree = [entry.degree, entry.field].filter(Boolean).join(' in ');
    const left = [
      ...(degree ? [new TextRun({ text: degree, bold: true })] : []),
      ...(entry.institution ? [new TextRun(degree ? ` — ${entry.institution}` : entry.institution)] : []),
    ];
    return entryLine(left, formatDateRange(entry.start, entry.end));
  };

  return { heading, plain, bullet, experienceParagraphs, educationParagraph };
}

function photoType(photo: Uint8Array): 'png' | 'jpg' {
  if (photo[0] === 0x89 && photo[1] === 0x50 && photo[2] === 0x4e && photo[3] === 0x47) return 'png';
  if (photo[0] === 0xff && photo[1] === 0xd8) return 'jpg';
  throw invalidArgument('resumeToDocx', 'options.photo', 'must be a PNG or JPEG image');
}

// Characters XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. The docx
// package drops the controls but not the rest: a resume holding U+FFFE (pasted from a PDF, or hostile) made a
// document.xml that is not well-formed, which LibreOffice refused to open ("source file could not be loaded").
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `value` with every string in it (a parsed resume: strings, lists, plain objects, dates) cleared of {@link NOT_IN_XML}. */
function withXmlText<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NOT_IN_XML, '') as T;
  if (Array.isArray(value)) return value.map(withXmlText) as T;
  if (typeof value === 'object' && value !== null && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withXmlText(item)])) as T;
  return value;
}

/** Writes a resume as a single-column, ATS-friendly DOCX: contact in the body, standard headings, no tables. */
export async function resumeToDocx(resume: Resume, options: ResumeToDocxOptions = {}): Promise<Uint8Array> {
  // From JavaScript a resume may come unparsed: anything but a valid Resume is a ValidationError (naming the field),
  // never a TypeError from a field read while the document is built.
  const parsed = withXmlText(
    parseResume(checkRecordArgument('resumeToDocx', 'resume', resume, 'a Resume (use parseResume)')),
  );
  if (options.photo !== undefined) checkBytesArgument('resumeToDocx', 'options.photo', options.photo);
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = docx;
  const { heading, plain, bullet, experienceParagraphs, educationParagraph } = builders(docx);
  const { contact } = parsed;
  const children: Paragraph[] = [];
  if (options.photo) {
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: photoType(options.photo),
            data: options.photo,
            transformation: { width: PHOTO_SIZE, height: PHOTO_SIZE },
            altText: { name: 'Photo', description: 'Photo', title: 'Photo' },
          }),
        ],
      }),
    );
  }
  if (contact.name)
    children.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text: contact.name, bold: true, size: 36 })],
      }),
    );
  const contactLine = [contact.location, contact.email, contact.phone, ...contact.links].filter(Boolean).join(' | ');
  if (contactLine) children.push(plain(contactLine));
  // pushAll, not push(...): 120,000 or more paragraphs (a summary's, every position's highlights) overflow the stack as
  // arguments. Education and certifications are lists of at most MAX_LIST_LENGTH (1,000).
  if (parsed.summary) pushAll(children, [heading('SUMMARY'), ...parsed.summary.split(/\n{2,}/).map(plain)]);
  if (parsed.experience.length > 0)
    pushAll(children, [heading('EXPERIENCE'), ...parsed.experience.flatMap(experienceParagraphs)]);
  if (parsed.education.length > 0) children.push(heading('EDUCATION'), ...parsed.education.map(educationParagraph));
  if (parsed.skills.length > 0) children.push(heading('SKILLS'), plain(parsed.skills.join(', ')));
  if (parsed.certifications.length > 0) children.push(heading('CERTIFICATIONS'), ...parsed.certifications.map(bullet));
  if (parsed.languages.length > 0) children.push(heading('LANGUAGES'), plain(parsed.languages.join(', ')));
  const document = new Document({
    creator: 'Rolefit',
    title: contact.name ? `${contact.name} — Resume` : 'Resume',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1080, bottom: 1080, left: 1440, right: 1440 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
