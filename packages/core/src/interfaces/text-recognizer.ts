/** A raster image for a {@link TextRecognizer}: 8-bit samples, rows top to bottom, `channels` samples a pixel (1 grey, 3 RGB, 4 RGBA). */
export interface RecognizerImage {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** 1 (grey), 3 (RGB) or 4 (RGBA) bytes a pixel. */
  channels: 1 | 3 | 4;
  /** `width × height × channels` bytes. */
  data: Uint8Array;
}

/** Options for one recognition. */
export interface RecognizeOptions {
  /** Stops the recognition (the promise rejects) when aborted. */
  signal?: AbortSignal | undefined;
}

/** What a {@link TextRecognizer} read from an image. */
export interface RecognizedText {
  /** The text, one line of the image a line. */
  text: string;
  /** How sure the recognizer is of the text as a whole, from 0 to 1. */
  confidence: number;
}

/** Reads printed text from an image (OCR): scanned resume pages. */
export interface TextRecognizer {
  /** Recognizer identity (engine and languages), for logs. */
  readonly name: string;
  /** The text in one image, with a confidence between 0 and 1. */
  recognize(image: RecognizerImage, options?: RecognizeOptions): Promise<RecognizedText>;
  /** Frees the engine (worker threads, memory); the recognizer cannot be used afterwards. */
  close(): Promise<void>;
}
