/**
 * `.dockerignore` as Docker applies it (moby's patternmatcher), to know which files `docker build .`
 * sends: `*` and `?` within one path segment, `**` across any number of them, `!` to take back an
 * exclusion; the last pattern that matches a path or one of its parent folders decides.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface IgnoreRule {
  pattern: string;
  negate: boolean;
  regex: RegExp;
}

function toRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` is zero or more folders; a trailing `**` is anything.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    // Docker cleans each pattern like a path: no leading slash or ./, no trailing slash.
    const pattern = path.posix
      .normalize(negate ? line.slice(1).trim() : line)
      .replace(/^\/+/, '')
      .replace(/\/+$/, '');
    rules.push({ pattern, negate, regex: toRegex(pattern) });
  }
  return rules;
}

/** Whether `relPath` (relative to the context, with /) is left out of the build context. */
export function isIgnored(rules: readonly IgnoreRule[], relPath: string): boolean {
  const parts = relPath.split('/');
  const candidates = [relPath, ...parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'))];
  let ignored = false;
  for (const rule of rules) {
    if (candidates.some((c) => rule.regex.test(c))) ignored = !rule.negate;
  }
  return ignored;
}

/**
 * Every file and symbolic link of the context, relative and sorted. Like Docker, an excluded folder is
 * entered only when an exception pattern names something inside it.
 */
export function contextFiles(root: string, rules: readonly IgnoreRule[]): string[] {
  const files: string[] = [];
  const exceptions = rules.filter((r) => r.negate).map((r) => r.pattern);
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const ignored = isIgnored(rules, child);
      if (entry.isDirectory()) {
        if (!ignored || exceptions.some((p) => p.startsWith(`${child}/`))) walk(child);
      } else if (!ignored) files.push(child);
    }
  };
  walk('');
  return files.sort();
}
