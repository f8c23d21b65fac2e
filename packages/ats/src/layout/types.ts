/** What a resume file's layout shows beyond its text: page header and footer text, and images. */
export interface DocumentLayout {
  /** Text of the page headers (DOCX header parts; ODT master pages' headers; RTF \header groups; PDF lines repeated at the top of the pages), one line each. */
  headerText: string;
  /** Text of the page footers, one line each. */
  footerText: string;
  /** Pictures in the document (DOCX: pictures placed in the body, headers and footers; ODT: frames holding an image; RTF: \pict groups; PDF: image painting operators). */
  imageCount: number;
  /** Number of pages, when the format knows it (PDF). */
  pages?: number | undefined;
}
