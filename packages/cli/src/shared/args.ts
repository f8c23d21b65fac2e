import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandArguments} read: option values by name and the positional arguments. */
export interface CommandArguments {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Reads a command's arguments with node:util's parseArgs (strict); any problem is a {@link UsageError} saying which. */
export function parseCommandArguments(argv: readonly string[], options: Options): CommandArguments {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { values: values as CommandArguments['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A value that starts with a dash (`--limit -1`): parseArgs's first sentence says only "argument is ambiguous",
    // and the way to write it is in its last.
    const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(message);
    if (ambiguous)
      throw new UsageError(
        `${ambiguous[1]} needs a value; a value that starts with "-" is written ${ambiguous[1]}=-…, in one argument`,
      );
    // The last argument is an option without its value (`--store` at the end): parseArgs says "Option '--store
    // <value>' argument missing", in its own notation.
    const missing = /^Option '(--[^' ]+)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`${missing[1]} needs a value`);
    // parseArgs explains itself over two sentences ("... To specify a positional argument ..."): the first says what is wrong.
    throw new UsageError(message.split(/\.\s/)[0]!.replace(/^Unknown option '([^']+)'$/, 'unknown option "$1"'));
  }
}

/** The string value of option `name`, or undefined. */
export function stringOption(values: CommandArguments['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The string value of option `name`; a UsageError when it is missing. */
export function requiredOption(
  values: CommandArguments['values'],
  name: string,
  command: string,
  what = 'FILE',
): string {
  const value = stringOption(values, name);
  if (value === undefined || value === '') throw new UsageError(`${command} needs --${name} ${what}`);
  return value;
}

/** A whole number from `text` within [min, max]; a UsageError naming `label` otherwise. */
export function wholeNumber(
  text: string | undefined,
  label: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (text === undefined) return fallback;
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(
      `${label} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got "${text}"`,
    );
  return value;
}

/** One of `choices`, or a UsageError listing them. */
export function choice<T extends string>(
  text: string | undefined,
  label: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if (!(choices as readonly string[]).includes(text))
    throw new UsageError(`${label} must be one of ${choices.join(', ')}, got "${text}"`);
  return text as T;
}
