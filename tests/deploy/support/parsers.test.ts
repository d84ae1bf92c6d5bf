import { describe, expect, it } from 'vitest';
import { copyPaths, envPairs, execForm, parseDockerfile } from './dockerfile.ts';
import { isIgnored, parseDockerignore } from './dockerignore.ts';

describe('parseDockerfile', () => {
  it('reads stages, flags, continuation lines and comments', () => {
    const stages = parseDockerfile(
      [
        '# syntax=docker/dockerfile:1',
        'FROM node:24-bookworm-slim AS base',
        'WORKDIR /app',
        'RUN pnpm install \\',
        '  # a comment inside',
        '  --frozen-lockfile',
        '',
        'FROM base',
        'COPY --from=base --chown=node:node /app/a /app/b',
      ].join('\n'),
    );
    expect(stages.map((s) => [s.name, s.from])).toEqual([
      ['base', 'node:24-bookworm-slim'],
      ['1', 'base'],
    ]);
    expect(stages[0]?.instructions[1]).toEqual({ keyword: 'RUN', flags: {}, args: 'pnpm install --frozen-lockfile', line: 4 });
    expect(stages[1]?.instructions[0]).toMatchObject({
      keyword: 'COPY',
      flags: { from: 'base', chown: 'node:node' },
      args: '/app/a /app/b',
    });
  });

  it('refuses what the checks would misread', () => {
    expect(() => parseDockerfile('FROM node:24-bookworm\nARG VERSION=1')).toThrow(/ARG stöds inte/);
    expect(() => parseDockerfile('RUN true')).toThrow(/före första FROM/);
    expect(() => parseDockerfile('FROM node:24-bookworm\nRUN true \\')).toThrow(/fortsätter inte/);
    expect(() => envPairs('NODE_ENV production')).toThrow(/NAMN=värde/);
    expect(() => execForm('node start')).toThrow();
  });

  it('reads ENV pairs, exec forms and COPY paths', () => {
    expect(envPairs('A=1 B="two words" C=')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', ''],
    ]);
    expect(execForm('CMD ["node", "-e", "x"]')).toEqual(['node', '-e', 'x']);
    expect(copyPaths('a b /app/')).toEqual({ sources: ['a', 'b'], dest: '/app/' });
  });
});

describe('.dockerignore matching', () => {
  const rules = parseDockerignore(
    [
      '# comment',
      '**/.env',
      '**/.env.*',
      '!**/.env.example',
      '/reports/',
      'cms/public/uploads/*',
      '!cms/public/uploads/.gitkeep',
      'site/*.md',
      'a?c',
    ].join('\n'),
  );

  it('matches at any depth with **, and a folder excludes what is in it', () => {
    expect(isIgnored(rules, '.env')).toBe(true);
    expect(isIgnored(rules, 'cms/.env')).toBe(true);
    expect(isIgnored(rules, 'cms/.env.local')).toBe(true);
    expect(isIgnored(rules, 'reports/a11y/report.html')).toBe(true);
    expect(isIgnored(rules, 'cms/reports/x')).toBe(false);
  });

  it('lets the last matching pattern decide, so ! takes an exclusion back', () => {
    expect(isIgnored(rules, '.env.example')).toBe(false);
    expect(isIgnored(rules, 'cms/public/uploads/foto.jpg')).toBe(true);
    expect(isIgnored(rules, 'cms/public/uploads/.gitkeep')).toBe(false);
  });

  it('keeps * and ? within one path segment', () => {
    expect(isIgnored(rules, 'site/README.md')).toBe(true);
    expect(isIgnored(rules, 'site/docs/README.md')).toBe(false);
    expect(isIgnored(rules, 'abc')).toBe(true);
    expect(isIgnored(rules, 'a/c')).toBe(false);
  });
});
