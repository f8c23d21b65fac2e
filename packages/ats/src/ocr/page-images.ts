// The pictures of a scanned PDF's pages, decoded by pdf.js without a canvas: a scanner writes each page as one image, and
// pdf.js's operator list names it; its decoded pixels (JPEG, Flate, CCITT, JBIG2 are decoded in JavaScript) are turned
// into 8-bit grey for a TextRecognizer. Pages drawn with vectors or several image strips are not rendered (no canvas).
import type { RecognizerImage } from '@rolefit/core';
import { ResumeParseError } from '../parse/errors.js';
import type { ResolvedLimits } from '../parse/sandbox.js';
import { loadPdfjs } from '../pdf/load-pdfjs.js';
import { withPdfDocument, type PdfDocument } from '../pdf/pdf-to-text.js';

/** Caps on the page images taken from a scanned PDF for OCR. */
export interface PageImageLimits {
  /** Most pages read (default 5); later pages are left out. */
  maxPages: number;
  /** Most pixels of one page image (default 40 000 000, a letter page scanned at 600 dpi is 33.7 M); a larger one is not decoded. */
  maxPixels: number;
  /** Images are scaled down by a whole factor until they hold at most this many pixels (default 9 000 000, 300 dpi letter). */
  targetPixels: number;
}

/** Default caps for {@link PageImageLimits}. */
export const DEFAULT_PAGE_IMAGE_LIMITS: PageImageLimits = {
  maxPages: 5,
  maxPixels: 40_000_000,
  targetPixels: 9_000_000,
};

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

// pdf.js's ImageKind: 1 bit grey (1 = white), 8-bit RGB, 8-bit RGBA.
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** An image decoded by pdf.js as 8-bit grey, scaled down by the whole factor `step` (box average). */
export function toGrey(image: Required<DecodedImage>, step = 1): RecognizerImage {
  const { width, height, kind, data } = image;
  const outWidth = Math.max(1, Math.floor(width / step));
  const outHeight = Math.max(1, Math.floor(height / step));
  const out = new Uint8Array(outWidth * outHeight);
  const rowBytes = (width + 7) >> 3;
  const sample = (x: number, y: number): number => {
    if (kind === GRAYSCALE_1BPP) return (data[y * rowBytes + (x >> 3)] as number) & (128 >> (x & 7)) ? 255 : 0;
    const channels = kind === RGBA_32BPP ? 4 : 3;
    const at = (y * width + x) * channels;
    // ITU-R BT.601 luma.
    return ((data[at] as number) * 299 + (data[at + 1] as number) * 587 + (data[at + 2] as number) * 114) / 1000;
  };
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      let sum = 0;
      for (let dy = 0; dy < step; dy++) for (let dx = 0; dx < step; dx++) sum += sample(x * step + dx, y * step + dy);
      out[y * outWidth + x] = Math.round(sum / (step * step));
    }
  }
  return { width: outWidth, height: outHeight, channels: 1, data: out };
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

// The largest image a page paints, decoded (undefined when the page paints none).
async function largestImage(page: PdfPage, OPS: Record<string, number>): Promise<DecodedImage | undefined> {
  const list = await page.getOperatorList();
  let best: DecodedImage | undefined;
  for (const [index, operator] of list.fnArray.entries()) {
    const args = list.argsArray[index] as unknown[];
    let image: DecodedImage | undefined;
    if (operator === OPS.paintImageXObject) {
      const id = args[0] as string;
      const store = id.startsWith('g_') ? page.commonObjs : page.objs;
      image = await new Promise<DecodedImage>((resolve) => store.get(id, resolve as (value: unknown) => void));
    } else if (operator === OPS.paintInlineImageXObject) image = args[0] as DecodedImage;
    if (image?.data && image.width * image.height > (best ? best.width * best.height : 0)) best = image;
  }
  return best;
}

/**
 * The page images of a scanned PDF (the largest picture each page paints) as 8-bit grey, at most `maxPages` pages,
 * each scaled down to at most `targetPixels`; an image over `maxPixels` is not decoded (its page is left out). Runs pdf.js in
 * the calling thread: meant for the extraction worker. Throws {@link ResumeParseError}.
 */
export async function readPdfPageImages(
  bytes: Uint8Array,
  limits: ResolvedLimits,
  caps: PageImageLimits = DEFAULT_PAGE_IMAGE_LIMITS,
): Promise<RecognizerImage[]> {
  const { OPS } = await loadPdfjs();
  return withPdfDocument(
    bytes,
    limits,
    async (document) => {
      const images: RecognizerImage[] = [];
      for (let number = 1; number <= Math.min(document.numPages, caps.maxPages); number++) {
        const page = await document.getPage(number);
        const image = await largestImage(page, OPS as unknown as Record<string, number>);
        page.cleanup();
        if (image?.data === undefined) continue;
        const pixels = image.width * image.height;
        if (pixels > caps.maxPixels)
          throw new ResumeParseError(
            'too-large',
            `Page ${number}'s image has ${pixels} pixels, over the ${caps.maxPixels}-pixel OCR limit`,
          );
        const kind =
          image.kind ??
          (image.data.length >= pixels * 4 ? RGBA_32BPP : image.data.length >= pixels * 3 ? RGB_24BPP : GRAYSCALE_1BPP);
        const step = Math.max(1, Math.ceil(Math.sqrt(pixels / caps.targetPixels)));
        images.push(toGrey({ width: image.width, height: image.height, kind, data: image.data as Uint8Array }, step));
      }
      return images;
    },
    // pdf.js does not decode images over its cap (they are skipped, so a page of only such an image gives no text).
    { maxImagePixels: caps.maxPixels },
  );
}
