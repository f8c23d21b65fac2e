// Hostile document parts of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce)
// and the linear-time benchmark (bench/adversarial-cases.ts: the time at n and 2n). Test and bench data only.
// Round 25: floating text boxes placed by offsets and the shapes of DrawingML groups (75a01d4c), read by where they sit
// with the PDF page layout (pdf/layout.ts), whose column search tries up to 1,000 gutters over every item.

/** EMU per point (DrawingML's unit). */
const POINT = 12_700;

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const body = (content: string) => `<w:document><w:body>${content}</w:body></w:document>`;

/** A floating text box as LibreOffice writes one (the VML fallback left out): a wp:anchor placed by offsets in points. */
export function floatingBox(lines: readonly string[], x: number, top: number, frame = 'column'): string {
  return `<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="${frame}"><wp:posOffset>${Math.round(x * POINT)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${Math.round(top * POINT)}</wp:posOffset></wp:positionV><wp:extent cx="${150 * POINT}" cy="${13 * lines.length * POINT}"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${lines.map(paragraph).join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}

/** A shape of a DrawingML group, placed by its a:off in the group's coordinates. */
function groupShape(text: string, x: number, y: number): string {
  return `<wps:wsp><wps:spPr><a:xfrm><a:off x="${Math.round(x * POINT)}" y="${Math.round(y * POINT)}"/><a:ext cx="${120 * POINT}" cy="${13 * POINT}"/></a:xfrm></wps:spPr><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></wps:wsp>`;
}

// A small deterministic generator (the same document every run).
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const boxes = (count: number, place: (index: number) => readonly [number, number]) =>
  Array.from({ length: count }, (_, index) => {
    const [x, top] = place(index);
    return floatingBox([`w${index}`], x, top);
  }).join('');

/** Document parts (word/document.xml) of n floating boxes or shapes (n counts boxes, not characters). */
export const FLOATING_BOXES: readonly (readonly [string, (size: number) => string])[] = [
  ['n boxes on one row', (size) => body(`<w:p>${boxes(size, (index) => [index * 40, 0])}</w:p>`)],
  ['n boxes in one column', (size) => body(`<w:p>${boxes(size, (index) => [30, index * 13])}</w:p>`)],
  [
    'n boxes in two columns',
    (size) => body(`<w:p>${boxes(size, (index) => [index % 2 === 0 ? 30 : 300, Math.floor(index / 2) * 13])}</w:p>`),
  ],
  // A table's column gap narrower than a tab stop (a0a2a66e: a gap of 0.6-2.5 em where runs after such gaps start at
  // one x on two lines or more): the boxes are 150 points wide, the right column 20 points past the left's edge.
  [
    'n boxes in two columns a narrow gap apart',
    (size) => body(`<w:p>${boxes(size, (index) => [index % 2 === 0 ? 30 : 200, Math.floor(index / 2) * 13])}</w:p>`),
  ],
  [
    "n boxes in rows, each row's right box at its own x a narrow gap apart",
    (size) =>
      body(
        `<w:p>${boxes(size, (index) => [index % 2 === 0 ? 30 : 190 + ((index * 7) % 2_000) / 100, Math.floor(index / 2) * 13])}</w:p>`,
      ),
  ],
  // The text block as wide as the boxes reach: the column search tries its most gutters.
  ['n boxes on a diagonal', (size) => body(`<w:p>${boxes(size, (index) => [index, index * 13])}</w:p>`)],
  [
    'n boxes scattered over a page',
    (size) => {
      const next = pseudoRandom(size);
      return body(`<w:p>${boxes(size, () => [next() * 500, next() * 700])}</w:p>`);
    },
  ],
  // LibreOffice anchors every page's boxes in one paragraph: a box well above the one before starts a new run.
  [
    'n boxes, a new page every 12',
    (size) => body(`<w:p>${boxes(size, (index) => [index % 2 === 0 ? 30 : 300, (index % 12) * 13])}</w:p>`),
  ],
  [
    'n boxes, two to a paragraph',
    (size) =>
      body(
        Array.from(
          { length: size / 2 },
          (_, index) => `<w:p>${floatingBox([`a${index}`], 300, 0)}${floatingBox([`b${index}`], 30, 0)}</w:p>`,
        ).join(''),
      ),
  ],
  [
    'n boxes of two lines each',
    (size) =>
      body(
        `<w:p>${Array.from({ length: size / 2 }, (_, index) => floatingBox([`a${index}`, `b${index}`], index % 2 === 0 ? 30 : 300, Math.floor(index / 2) * 26)).join('')}</w:p>`,
      ),
  ],
  [
    'n shapes in one group',
    (size) =>
      body(
        `<w:p><w:r><wpg:wgp>${Array.from({ length: size }, (_, index) => groupShape(`s${index}`, index % 2 === 0 ? 0 : 200, Math.floor(index / 2) * 13)).join('')}</wpg:wgp></w:r></w:p>`,
      ),
  ],
  // Each nested group's lines are laid out again in the group around it.
  [
    'n shapes in groups nested 8 deep, a shape beside each',
    (size) => {
      let inner = Array.from({ length: size - 8 }, (_, index) =>
        groupShape(`s${index}`, index % 2 === 0 ? 0 : 200, Math.floor(index / 2) * 13),
      ).join('');
      for (let level = 0; level < 8; level++)
        inner = `<wpg:grpSp><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/></a:xfrm></wpg:grpSpPr>${inner}</wpg:grpSp>${groupShape(`level${level}`, 300, 0)}`;
      return body(`<w:p><w:r><wpg:wgp>${inner}</wpg:wgp></w:r></w:p>`);
    },
  ],
  // A box whose text holds a paragraph of boxes, 60 deep (three elements a level: the element-depth limit of 256 allows
  // about 75): each level's paragraph holds the nested box and a box of one line beside it.
  [
    'n lines in boxes nested 60 deep, a box beside each',
    (size) => {
      let inner = `<w:p>${boxes(size - 60, (index) => [index % 2 === 0 ? 30 : 300, Math.floor(index / 2) * 13])}</w:p>`;
      for (let level = 0; level < 60; level++)
        inner = `<w:p><w:r><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>${inner}</wp:anchor></w:r>${floatingBox([`level${level}`], 300, 0)}</w:p>`;
      return body(inner);
    },
  ],
];

const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/**
 * Parts of about n characters with footnotes and endnotes: a body of n references, a notes part of n notes (each a
 * copy of its lines, once), notes never closed and nested; wordXmlToLines reads each in time linear in n.
 */
export const HOSTILE_NOTES: readonly (readonly [string, (size: number) => string])[] = [
  [
    'n note references in one paragraph',
    (size) => body(`<w:p><w:r>${repeatTo('<w:footnoteReference w:id="1"/>', size)}</w:r></w:p>`),
  ],
  [
    'n notes of a paragraph each',
    (size) =>
      `<w:footnotes>${repeatTo('<w:footnote w:id="7"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:footnote>', size)}</w:footnotes>`,
  ],
  [
    'n separator notes',
    (size) =>
      `<w:endnotes>${repeatTo('<w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>', size)}</w:endnotes>`,
  ],
  [
    'one note never closed holding n paragraphs',
    (size) => `<w:footnotes><w:footnote w:id="1">${repeatTo(paragraph('x'), size)}`,
  ],
  // Round 26: n references each to its own note, and n notes each of its own id (a body pointing at 100,000 notes).
  [
    'n references to distinct notes',
    (size) =>
      body(
        `<w:p><w:r>${Array.from({ length: Math.ceil(size / 40) }, (_, index) => `<w:footnoteReference w:id="${index}"/>`).join('')}</w:r></w:p>`,
      ),
  ],
  [
    'n notes of distinct ids',
    (size) =>
      `<w:footnotes>${Array.from({ length: Math.ceil(size / 75) }, (_, index) => `<w:footnote w:id="${index}"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:footnote>`).join('')}</w:footnotes>`,
  ],
  [
    'n notes nested in a note',
    (size) => `<w:footnotes>${repeatTo('<w:footnote w:id="1"><w:p><w:r><w:t>x</w:t></w:r></w:p>', size)}`,
  ],
  // Round 27: notes cited from notes (1811f237): each note's references and pictures kept for the reading of notes.
  [
    'n notes each citing the next',
    (size) =>
      `<w:footnotes>${Array.from({ length: Math.ceil(size / 130) }, (_, index) => `<w:footnote w:id="${index}"><w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="${index + 1}"/></w:r></w:p></w:footnote>`).join('')}</w:footnotes>`,
  ],
  [
    'one note citing itself and n pictures',
    (size) =>
      `<w:footnotes><w:footnote w:id="1"><w:p>${repeatTo('<w:r><w:footnoteReference w:id="1"/><w:drawing><pic:pic/></w:drawing></w:r>', size)}</w:p></w:footnote></w:footnotes>`,
  ],
  // Round 28: soft hyphens written as the character in w:t, dropped (458cf1d0), in the body and in a note.
  [
    'n soft hyphens between letters in the body and in a note',
    (size) =>
      `${body(`<w:p><w:r><w:footnoteReference w:id="1"/><w:t>${repeatTo('a\u00ad', size / 2)}</w:t></w:r></w:p>`)}<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>${repeatTo('b\u00ad', size / 2)}</w:t></w:r></w:p></w:footnote></w:footnotes>`,
  ],
];
