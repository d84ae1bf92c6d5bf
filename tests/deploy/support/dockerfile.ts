/**
 * A Dockerfile read into stages and instructions, enough to check ours against the repository and
 * to run its build without Docker (emulate-docker.ts). Only what our Dockerfile uses is understood;
 * anything else (ARG, ONBUILD, heredocs …) is an error, so a change to the Dockerfile that the
 * checks would misread fails loudly instead.
 */

export type Keyword = 'FROM' | 'ENV' | 'WORKDIR' | 'COPY' | 'RUN' | 'USER' | 'EXPOSE' | 'HEALTHCHECK' | 'CMD';
const KEYWORDS = new Set<string>(['FROM', 'ENV', 'WORKDIR', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD']);

export interface Instruction {
  keyword: Keyword;
  /** Leading `--name=value` options (COPY --from, RUN --mount, HEALTHCHECK --interval …). */
  flags: Record<string, string>;
  /** The rest of the instruction, continuation lines joined with a space. */
  args: string;
  /** 1-based line where the instruction starts, for messages. */
  line: number;
}

export interface Stage {
  /** The `AS` name, or the stage's index when it has none. */
  name: string;
  /** The image or earlier stage it starts from. */
  from: string;
  instructions: Instruction[];
}

/** Splits leading `--name=value` options off an instruction's text. */
function splitFlags(text: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = text;
  for (;;) {
    const m = /^--([a-z-]+)=("[^"]*"|\S+)\s*/.exec(rest);
    if (!m?.[1] || m[2] === undefined) return { flags, rest };
    flags[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
    rest = rest.slice(m[0].length);
  }
}

/** Joins continuation lines and drops comments and blank lines: one entry per instruction. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const trimmed = raw.trim();
    // Comment lines may sit inside a continued instruction; they are dropped there too.
    if (trimmed.startsWith('#') || (trimmed === '' && !current)) continue;
    const continued = trimmed.endsWith('\\');
    const part = continued ? trimmed.slice(0, -1).trim() : trimmed;
    if (current) current.text = `${current.text} ${part}`.trim();
    else current = { line: i + 1, text: part };
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) throw new Error(`Dockerfile, rad ${current.line}: instruktionen slutar med \\ men fortsätter inte.`);
  return out;
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const { line, text: instruction } of logicalLines(text)) {
    const m = /^(\S+)\s*(.*)$/s.exec(instruction);
    const keyword = (m?.[1] ?? '').toUpperCase();
    if (!KEYWORDS.has(keyword)) throw new Error(`Dockerfile, rad ${line}: instruktionen ${keyword} stöds inte av testerna (tests/deploy).`);
    const { flags, rest } = splitFlags(m?.[2] ?? '');
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!from?.[1]) throw new Error(`Dockerfile, rad ${line}: FROM ska vara "FROM bild [AS namn]".`);
      stages.push({ name: from[2] ?? String(stages.length), from: from[1], instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile, rad ${line}: ${keyword} före första FROM.`);
    stage.instructions.push({ keyword: keyword as Keyword, flags, args: rest, line });
  }
  return stages;
}

/** The JSON (exec) form of CMD or HEALTHCHECK CMD, which runs without a shell. */
export function execForm(args: string): string[] {
  const json = args.replace(/^CMD\s+/i, '');
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string'))
    throw new Error(`"${args}" är inte en JSON-lista av strängar.`);
  return parsed;
}

/** `ENV a=1 b="two words"` as pairs; the old `ENV a 1` form is refused. */
export function envPairs(args: string): [string, string][] {
  const pairs: [string, string][] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)\s*/y;
  let rest = args.trim();
  while (rest !== '') {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m?.[1] || m[2] === undefined) throw new Error(`ENV "${args}": skriv ENV NAMN=värde.`);
    pairs.push([m[1], m[2].replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1')]);
    rest = rest.slice(m[0].length);
  }
  return pairs;
}

/** COPY's sources and destination (the last word). Paths here have no spaces. */
export function copyPaths(args: string): { sources: string[]; dest: string } {
  const words = args.trim().split(/\s+/);
  const dest = words.pop();
  if (!dest || words.length === 0) throw new Error(`COPY "${args}": källa och mål behövs.`);
  return { sources: words, dest };
}

/** A stage's instructions of one kind. */
export const instructions = (stage: Stage, keyword: Keyword): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword);
