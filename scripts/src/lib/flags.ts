import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { UserError } from './processes.ts';

type Flags<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>
>['values'];

/**
 * A command's flags. An unknown or misspelt flag, a value given to an on/off flag, a missing
 * value or a stray argument stops the command with a Swedish message naming it and the usage
 * line — a typo such as --allow-shrnik must never be ignored.
 */
export function parseFlags<T extends ParseArgsOptionsConfig>(options: T, usage: string, args = process.argv.slice(2)): Flags<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Flags<T>;
  } catch (err) {
    throw new UserError(`${describe(err as Error & { code?: string })} Användning: ${usage}`);
  }
}

/**
 * A command's flags and its fixed arguments (such as the file to restore), in order: as
 * parseFlags, and a missing or extra argument stops the command naming it and the usage line.
 */
export function parseCommand<T extends ParseArgsOptionsConfig>(
  options: T,
  argumentNames: readonly string[],
  usage: string,
  args = process.argv.slice(2),
): { flags: Flags<T>; args: string[] } {
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UserError(`${describe(err as Error & { code?: string })} Användning: ${usage}`);
  }
  const missing = argumentNames[parsed.positionals.length];
  if (missing) throw new UserError(`${missing} saknas. Användning: ${usage}`);
  const extra = parsed.positionals[argumentNames.length];
  if (extra !== undefined) throw new UserError(`Oväntat argument "${extra}". Användning: ${usage}`);
  return { flags: parsed.values as Flags<T>, args: parsed.positionals };
}

function describe(err: Error & { code?: string }): string {
  // Node names the offending argument in quotes: "Unknown option '--x'", "Option '--out <value>' argument missing".
  const quoted = /'([^']*)'/.exec(err.message)?.[1]?.split(' ')[0] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänd flagga ${quoted}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Oväntat argument "${quoted}" — kommandot tar bara flaggor.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message)
        ? `Flaggan ${quoted} tar inget värde.`
        : `Flaggan ${quoted} behöver ett värde (skriv ${quoted}=VÄRDE om värdet börjar med -).`;
    default:
      return `${err.message}.`;
  }
}
