/**
 * Docker Compose's variable interpolation, as the compose file sees its `.env`: `${NAME}` and `$NAME`,
 * `${NAME:-default}` (unset or empty) and `${NAME-default}` (unset), `${NAME:?error}` and
 * `${NAME?error}` to refuse to start, and `$$` for a literal `$`.
 */

export interface Reference {
  name: string;
  /** `:-`, `-`, `:?`, `?`, or '' for a plain reference. */
  modifier: string;
  /** The default or the error message. */
  word: string;
}

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Every variable the text refers to, in order (a literal `$$` is none). */
export function references(text: string): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const name = m[1] ?? m[4];
    if (name) out.push({ name, modifier: m[2] ?? '', word: m[3] ?? '' });
  }
  return out;
}

/** The text with every variable replaced from `env`; throws compose's refusal for a missing required one. */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(REFERENCE, (whole, braced: string | undefined, modifier: string | undefined, word: string | undefined, bare) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare) as string;
    const value = env[name];
    const empty = value === undefined || value === '';
    switch (modifier) {
      case ':-':
        return empty ? (word ?? '') : value;
      case '-':
        return value === undefined ? (word ?? '') : value;
      case ':?':
        if (empty) throw new Error(`required variable ${name} is missing a value: ${word}`);
        return value;
      case '?':
        if (value === undefined) throw new Error(`required variable ${name} is missing a value: ${word}`);
        return value;
      default:
        return value ?? '';
    }
  });
}

/**
 * Whether a value can never come out empty: it has text of its own, or a variable compose requires
 * (`:?`) or defaults to something (`:-word`).
 */
export function neverEmpty(text: string): boolean {
  const literal = text.replace(REFERENCE, (whole) => (whole === '$$' ? '$' : ''));
  return literal !== '' || references(text).some((r) => r.modifier === ':?' || (r.modifier === ':-' && r.word !== ''));
}
