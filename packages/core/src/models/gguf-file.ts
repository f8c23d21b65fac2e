import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * What is wrong with `file` as a GGUF model (llama.cpp's format), or undefined when it is a file that starts with the
 * GGUF magic bytes. Read before a model loader, whose own errors say less: a missing path, a directory, an HTML error
 * page or a Git LFS pointer saved in place of the model.
 */
export function ggufFileProblem(file: string): string | undefined {
  if (!existsSync(file)) return 'no such file';
  if (!statSync(file).isFile()) return 'it is a directory, not a GGUF file';
  const magic = Buffer.alloc(4);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, magic, 0, 4, 0);
  } finally {
    closeSync(descriptor);
  }
  const start = magic.toString('latin1');
  return start === 'GGUF' ? undefined : `it is not a GGUF file (it starts with ${JSON.stringify(start)}, not "GGUF")`;
}
