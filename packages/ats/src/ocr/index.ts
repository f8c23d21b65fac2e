export { checkOcrSettings, DEFAULT_OCR_TIMEOUT_MS, ocrPdf, type OcrReadout, type OcrSettings } from './ocr-pdf.js';
export { createTesseractRecognizer, toPnm, type TesseractRecognizerSettings } from './tesseract-recognizer.js';
