// LibreOffice conversions for tests: `soffice --headless --convert-to <format>` of one file, with its own profile folder.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The bytes of `input` converted by soffice to `format` ('rtf', 'odt', 'docx', …) in `directory`, read with the import
 * filter `filter` when given (e.g. 'Text (encoded):UTF8,LF,,' for a UTF-8 text, 'writer_pdf_import' for a PDF).
 */
export async function convertWithSoffice(
  soffice: string,
  input: string,
  format: string,
  directory: string,
  filter?: string,
): Promise<Uint8Array> {
  const profile = pathToFileURL(path.join(directory, 'profile')).href;
  const options = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    ...(filter ? [`--infilter=${filter}`] : []),
    '--convert-to',
    format,
    '--outdir',
    directory,
    input,
  ];
  // soffice starts slowly (seconds, tens on a loaded machine).
  await run(soffice, options, { timeout: 240_000 });
  return new Uint8Array(
    readFileSync(path.join(directory, `${path.basename(input).replace(/\.[^.]+$/, '')}.${format}`)),
  );
}
