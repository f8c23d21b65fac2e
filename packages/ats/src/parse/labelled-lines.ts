// Lines of a section written as a form's fields, unfolded one field to a line for the experience and education readers.
import { entryFieldKind } from '@rolefit/core/internal';
import { stripBullet } from './lines.js';

// The other labelled layout: each position or school written as a form's fields, with core's labels ("Company: Infosys
// Ltd", "Designation: Senior Engineer", "Duration: Jun 2015 – Present"; "Firma: …", "Stanowisko: …"; "Degree: B.Tech",
// "University: Anna University"). The experience reader reads such fields one to a line; résumés also write several on
// one line, set apart by a bar or tabs, or the label on a line of its own and its value on the next.
// One character each, the parts trimmed after (no pattern retried over a run of spaces).
const FIELD_SEPARATOR = /[|\t]/;
// Longer lines are no form's line.
const MAX_FIELDS_LINE = 300;

/** The text before the colon that ends a part ("Company Name :" → "Company Name"), or undefined when no colon ends it. */
function labelAlone(part: string): string | undefined {
  const text = stripBullet(part).trim();
  return text.endsWith(':') ? text.slice(0, -1).trim() : undefined;
}

/** The text of a line that is a label core knows and nothing else, with no colon ("Company", "Duration"), or undefined. */
function bareLabel(line: string): string | undefined {
  const text = stripBullet(line).trim();
  return text && !text.includes(':') && entryFieldKind(text) !== undefined ? text : undefined;
}

// A form written with its labels above their values and no colons ("Company" / "Infosys Ltd" / "Duration" / "Jun 2015 –
// Mar 2018"): this many labels of different kinds, each with a value under it, make a section such a form; one bare
// "Position" or "Period" line alone is read as it stands.
const MIN_BARE_LABEL_KINDS = 2;

/** The label and value of a part written "Label: value" whose label core knows, or undefined. */
function knownField(part: string): { label: string; value: string } | undefined {
  const text = stripBullet(part).trim();
  const colon = text.indexOf(':');
  if (colon < 1) return undefined;
  const label = text.slice(0, colon).trim();
  return entryFieldKind(label) === undefined ? undefined : { label, value: text.slice(colon + 1).trim() };
}

/**
 * A section's text with each labelled field of its entries on a line of its own, "Label: value": fields written on one
 * line apart ("Company: Infosys | Designation: Engineer") are split, a label alone on its line is joined to the value on
 * the next (a label with no colon too, where the section writes two kinds or more so: "Company" / "Infosys Ltd" /
 * "Duration" / "2015 - 2018"); in an education section, a school's, a degree's or the dates' label is dropped ("University: Anna University"
 * → "Anna University"), as the education reader reads the names and dates themselves (a field's label, "Major:", it
 * reads). Lines without core's labels are left as they are.
 */
export function unfoldLabelledFields(text: string, section: 'experience' | 'education'): string {
  // Each line, or each of its fields when it holds two or more set apart.
  const pieces: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.length <= MAX_FIELDS_LINE && line.includes(':') ? line.split(FIELD_SEPARATOR) : [line];
    if (parts.length >= 2 && parts.filter((part) => knownField(part) !== undefined).length >= 2) {
      for (const part of parts) if (part.trim()) pieces.push(part.trim());
    } else pieces.push(line);
  }
  const isValue = (piece: string | undefined): piece is string =>
    piece !== undefined &&
    piece.trim() !== '' &&
    piece.length <= MAX_FIELDS_LINE &&
    knownField(piece) === undefined &&
    labelAlone(piece) === undefined &&
    bareLabel(piece) === undefined;
  // The bare labels with a value under them, kept when they are of two kinds or more.
  const bareKinds = new Set(
    pieces.flatMap((piece, index) => {
      const label = isValue(pieces[index + 1]) ? bareLabel(piece) : undefined;
      return label === undefined ? [] : [entryFieldKind(label)];
    }),
  );
  const readsBare = bareKinds.size >= MIN_BARE_LABEL_KINDS;
  const unfolded: string[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as string;
    const alone =
      piece.length <= MAX_FIELDS_LINE ? (labelAlone(piece) ?? (readsBare ? bareLabel(piece) : undefined)) : undefined;
    const next = pieces[index + 1];
    // The value on the very next line or part, itself no label ("Company:" / "Infosys Ltd").
    if (alone !== undefined && entryFieldKind(alone) !== undefined && isValue(next)) {
      unfolded.push(`${alone}: ${next.trim()}`);
      index += 1;
    } else unfolded.push(piece);
  }
  if (section === 'experience') return unfolded.join('\n');
  return unfolded
    .map((line) => {
      const field = line.length <= MAX_FIELDS_LINE ? knownField(line) : undefined;
      const kind = field && entryFieldKind(field.label);
      return field?.value && (kind === 'school' || kind === 'degree' || kind === 'dates') ? field.value : line;
    })
    .join('\n');
}
