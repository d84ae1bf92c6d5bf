import { describe, expect, it } from 'vitest';
import { formatCaddy, formatHeadersFile, formatNginx, headersFor, parseHeadersFile, type ResponseHeader } from './headers-file.ts';

const headers: ResponseHeader[] = [
  { name: 'Content-Security-Policy', value: "default-src 'self'; frame-ancestors 'none'" },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
];

describe('formatHeadersFile', () => {
  it('writes one rule for every path, each header indented on its own line (Netlify and Cloudflare Pages format)', () => {
    const text = formatHeadersFile(headers);
    expect(text.split('\n').slice(1)).toEqual([
      '/*',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
      '  X-Content-Type-Options: nosniff',
      '',
    ]);
    expect(text.startsWith('# ')).toBe(true);
  });

  it('reads back as the same headers for any path', () => {
    const rules = parseHeadersFile(formatHeadersFile(headers));
    expect(headersFor(rules, '/')).toEqual(headers);
    expect(headersFor(rules, '/pagefind/pagefind.js')).toEqual(headers);
  });

  it('refuses a line longer than Cloudflare Pages reads, naming the header', () => {
    const long = { name: 'Content-Security-Policy', value: `script-src ${"'sha256-x' ".repeat(200)}` };
    expect(() => formatHeadersFile([long])).toThrow(/Content-Security-Policy blir \d+ tecken/);
  });

  it('refuses a value that would break a line or a quoted string', () => {
    expect(() => formatHeadersFile([{ name: 'X-Test', value: 'a"b' }])).toThrow(/X-Test/);
    expect(() => formatNginx([{ name: 'X-Test', value: 'a\nb' }])).toThrow(/X-Test/);
  });
});

describe('nginx and Caddy snippets', () => {
  it('nginx: add_header … always, so the 404 page gets the headers too', () => {
    expect(formatNginx(headers).split('\n').slice(1)).toEqual([
      `add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`,
      'add_header X-Content-Type-Options "nosniff" always;',
      '',
    ]);
  });

  it('Caddy: one header block', () => {
    expect(formatCaddy(headers).split('\n').slice(1)).toEqual([
      'header {',
      `\tContent-Security-Policy "default-src 'self'; frame-ancestors 'none'"`,
      '\tX-Content-Type-Options "nosniff"',
      '}',
      '',
    ]);
  });
});

describe('parseHeadersFile and headersFor', () => {
  it('matches exact paths and prefixes ending in *, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# c\n/sok\n  X-A: 1\n\n/pagefind/*\n  X-B: 2\n');
    expect(headersFor(rules, '/sok')).toEqual([{ name: 'X-A', value: '1' }]);
    expect(headersFor(rules, '/sok/x')).toEqual([]);
    expect(headersFor(rules, '/pagefind/pagefind.js')).toEqual([{ name: 'X-B', value: '2' }]);
  });

  it('names the line that is neither a path nor a header under one', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/rad 1/);
    expect(() => parseHeadersFile('/*\nX-A: 1\n')).toThrow(/rad 2: "X-A: 1" ska vara en sökväg/);
    expect(() => parseHeadersFile('/*\n  bara text\n')).toThrow(/rad 2/);
  });
});
