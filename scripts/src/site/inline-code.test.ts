import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, scanInlineCode } from './inline-code.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('hashSource', () => {
  it('is the CSP hash source of the UTF-8 text', () => {
    // The value Chromium reports for an inline <script>alert(1)</script> that a policy blocks.
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashSource('const å = "ö";')).toBe(sha('const å = "ö";'));
  });

  it('hashes the text after the HTML parser has turned CR LF and lone CR into LF', () => {
    expect(hashSource('a()\r\nb()\rc()')).toBe(sha('a()\nb()\nc()'));
  });
});

describe('scanInlineCode', () => {
  it('hashes inline classic and module scripts and every style element', () => {
    const found = scanInlineCode(
      '<html><head><style>a{color:red}</style><script>one()</script></head><body><script type="module">two()</script><STYLE media="print">b{}</STYLE></body></html>',
    );
    expect(found.scriptHashes).toEqual([sha('one()'), sha('two()')]);
    expect(found.styleHashes).toEqual([sha('a{color:red}'), sha('b{}')]);
    expect(found.blockedAttributes).toEqual([]);
  });

  it('does not hash data blocks such as JSON-LD, which the browser never runs', () => {
    const found = scanInlineCode('<script type="application/ld+json">{"@type":"Thing"}</script><script type="text/plain">x</script>');
    expect(found.scriptHashes).toEqual([]);
  });

  it('does not hash external scripts (script-src covers them by origin)', () => {
    expect(scanInlineCode('<script type="module" src="/_astro/sok.js"></script>').scriptHashes).toEqual([]);
  });

  it('hashes import maps and JavaScript MIME types, whatever their case', () => {
    const found = scanInlineCode('<script type="importmap">{}</script><script type="Text/JavaScript">x()</script>');
    expect(found.scriptHashes).toEqual([sha('{}'), sha('x()')]);
  });

  it('keeps the exact text, including a ">" inside an attribute and markup inside the script', () => {
    const text = 'if (a > b) document.body.append("<p>")';
    expect(scanInlineCode(`<script data-x="a>b">${text}</script>`).scriptHashes).toEqual([sha(text)]);
  });

  it('skips scripts in HTML comments, which never run', () => {
    expect(scanInlineCode('<!-- <script>old()</script> --><p>x</p>').scriptHashes).toEqual([]);
  });

  it('reports style attributes, event handler attributes and javascript: links', () => {
    const found = scanInlineCode(
      '<div style="color:red">a</div><button type="button" onclick="go()">b</button><a href="javascript:void(0)">c</a>',
    );
    expect(found.blockedAttributes).toEqual(['<div style="color:red">', '<button onclick="go()">', '<a href="javascript:void(0)">']);
  });

  it('does not mistake text or attribute values for attributes', () => {
    const found = scanInlineCode('<p>Skriv style="x" eller onclick= i texten</p><meta name="description" content="a style=b onload=c">');
    expect(found.blockedAttributes).toEqual([]);
  });
});
