// Test-only: not exported from the package. Runs the command in this process and collects what it wrote.
import { main } from '../rolefit.js';

/** What a run of the command did: its exit code and everything written to stdout and stderr. */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `rolefit <argv>` through main() with stdout and stderr collected; `stdin` is what `-` reads. */
export async function runInProcess(
  argv: readonly string[],
  options: { stdin?: string; env?: Record<string, string>; now?: Date } = {},
): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return { code, stdout, stderr };
}
