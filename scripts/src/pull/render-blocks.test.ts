import type { Blocks } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { blocksHaveText, MAX_LIST_DEPTH, type RenderResult, renderBlocks } from './render-blocks.ts';

const t = (text: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text, ...marks });
const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const h = (level: number, text: string) => ({ type: 'heading', level, children: [t(text)] });
const link = (url: string, text = 'Läs mer') => ({ type: 'link', url, children: [t(text)] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'list', format: 'unordered', children });
const ol = (...children: unknown[]) => ({ type: 'list', format: 'ordered', children });

/** Every tag the renderer may emit, with its only allowed attributes. */
const ALLOWED_TAG =
  /^<(?:\/?(?:p|h[1-6]|blockquote|pre|code|ul|ol|li|strong|em|u|s)|br|\/a|a href="[^"<>\s]*"|img src="[^"<>\s]*" alt="[^"<>]*" loading="lazy"(?: width="\d+")?(?: height="\d+")?)>$/;

/**
 * The checks every XSS test makes on the output: no script tag, no javascript: anywhere, and
 * every real tag (text can't contain "<", it is escaped) is on the allow-list above, so no
 * on…= handler or other attribute can exist.
 */
function expectSafe(result: RenderResult): void {
  expect(result.html).not.toMatch(/<script/i);
  expect(result.html).not.toMatch(/javascript:/i);
  expect(result.html).not.toMatch(/vbscript:/i);
  const tags = new Set(result.html.match(/<[^>]*>?/g));
  const refused = [...tags].filter((tag) => !ALLOWED_TAG.test(tag) || /\son\w+\s*=/i.test(tag.replace(/="[^"]*"/g, '=""')));
  expect(refused).toEqual([]);
}

function expectProblemAt(result: RenderResult, path: string): void {
  expect(result.problems.map((problem) => problem.path)).toContain(path);
  for (const problem of result.problems) expect(problem.message).toMatch(/ — /); // says what and how to fix
}

describe('renderBlocks: normal content', () => {
  it('renders nothing for an empty field', () => {
    expect(renderBlocks([])).toEqual({ html: '', problems: [] });
    expect(renderBlocks(null)).toEqual({ html: '', problems: [] });
    expect(renderBlocks(undefined)).toEqual({ html: '', problems: [] });
  });

  it('renders paragraphs, one block per line, and drops empty ones', () => {
    const result = renderBlocks([p(t('Hej')), p(t('')), p(t('  \n ')), p(), p(t('Då'))]);
    expect(result).toEqual({ html: '<p>Hej</p>\n<p>Då</p>', problems: [] });
  });

  it('escapes & < > " \' in text', () => {
    expect(renderBlocks([p(t(`Tom & Jerry <3 "citat" 'enkla'`))]).html).toBe(
      '<p>Tom &amp; Jerry &lt;3 &quot;citat&quot; &#39;enkla&#39;</p>',
    );
  });

  it('turns line breaks in text into <br>', () => {
    expect(renderBlocks([p(t('rad 1\nrad 2\r\nrad 3'))]).html).toBe('<p>rad 1<br>rad 2<br>rad 3</p>');
  });

  it('renders every mark, nested in a fixed order', () => {
    const result = renderBlocks([
      p(
        t('fet', { bold: true }),
        t(' kursiv', { italic: true }),
        t(' understruken', { underline: true }),
        t(' genomstruken', { strikethrough: true }),
        t(' kod', { code: true }),
        t(' allt', { bold: true, italic: true, underline: true, strikethrough: true, code: true }),
        t(' av', { bold: false }),
      ),
    ]);
    expect(result.html).toBe(
      '<p><strong>fet</strong><em> kursiv</em><u> understruken</u><s> genomstruken</s><code> kod</code>' +
        '<strong><em><u><s><code> allt</code></s></u></em></strong> av</p>',
    );
  });

  it('shifts headings so the highest one becomes h2, keeping their relative levels', () => {
    expect(renderBlocks([h(1, 'A'), h(2, 'B'), h(3, 'C')]).html).toBe('<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>');
    expect(renderBlocks([h(3, 'A'), h(4, 'B')]).html).toBe('<h2>A</h2>\n<h3>B</h3>');
    expect(renderBlocks([h(2, 'A')]).html).toBe('<h2>A</h2>');
  });

  it('clamps shifted headings at h6 and honours minHeadingLevel', () => {
    expect(renderBlocks([h(1, 'A'), h(6, 'B')]).html).toBe('<h2>A</h2>\n<h6>B</h6>');
    expect(renderBlocks([h(1, 'A'), h(2, 'B')], { minHeadingLevel: 3 }).html).toBe('<h3>A</h3>\n<h4>B</h4>');
    expect(renderBlocks([h(2, 'A')], { minHeadingLevel: 9 }).html).toBe('<h6>A</h6>');
  });

  it('drops empty headings and ignores them when shifting', () => {
    expect(renderBlocks([h(1, '  '), h(3, 'Rubrik')]).html).toBe('<h2>Rubrik</h2>');
  });

  it('renders quotes and code blocks', () => {
    const result = renderBlocks([
      { type: 'quote', children: [t('Citat '), t('här', { bold: true })] },
      { type: 'code', children: [t('if (a < b) {\n  x();\r\n}', { bold: true })] },
    ]);
    expect(result.html).toBe(
      '<blockquote><p>Citat <strong>här</strong></p></blockquote>\n<pre><code>if (a &lt; b) {\n  x();\n}</code></pre>',
    );
  });

  it('renders links of every allowed kind', () => {
    const result = renderBlocks([
      p(
        link('https://www.forsakringskassan.se/sjuk?a=1&b=2#x', 'FK'),
        link('HTTPS://Example.se', 'Stor'),
        link('mailto:info@example.se', 'Mejla'),
        link('tel:+46 8 123 45 67', 'Ring'),
        link('/vagval/jonsbo-gard', 'Jonsbo'),
        link('  /hitta-ratt?steg=2  ', 'Hitta'),
        link('#kontakt', 'Kontakt'),
      ),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(
      '<p><a href="https://www.forsakringskassan.se/sjuk?a=1&amp;b=2#x">FK</a>' +
        '<a href="https://example.se/">Stor</a>' +
        '<a href="mailto:info@example.se">Mejla</a>' +
        '<a href="tel:+4681234567">Ring</a>' +
        '<a href="/vagval/jonsbo-gard">Jonsbo</a>' +
        '<a href="/hitta-ratt?steg=2">Hitta</a>' +
        '<a href="#kontakt">Kontakt</a></p>',
    );
  });

  it('keeps marks inside links', () => {
    expect(renderBlocks([p(t('Se '), { type: 'link', url: '/sok', children: [t('sök', { bold: true })] })]).html).toBe(
      '<p>Se <a href="/sok"><strong>sök</strong></a></p>',
    );
  });

  it('renders lists, ordered and unordered, dropping empty items', () => {
    const result = renderBlocks([ul(li(t('ett')), li(t('')), li(t('två'))), ol(li(t('först')), li(link('/a', 'sen')))]);
    expect(result).toEqual({
      html: '<ul><li>ett</li><li>två</li></ul>\n<ol><li>först</li><li><a href="/a">sen</a></li></ol>',
      problems: [],
    });
  });

  it('puts a nested list inside the item before it', () => {
    const result = renderBlocks([ul(li(t('a')), ul(li(t('b')), ol(li(t('c')))), li(t('d')))]);
    expect(result.html).toBe('<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>');
  });

  it('wraps a nested list that comes first in its own item', () => {
    expect(renderBlocks([ul(ul(li(t('b'))), li(t('c')))]).html).toBe('<ul><li><ul><li>b</li></ul></li><li>c</li></ul>');
  });

  it('drops lists with nothing to show', () => {
    expect(renderBlocks([ul(li(t(' ')), ul(li(t(''))))]).html).toBe('');
  });

  it('renders images with alternative text', () => {
    const result = renderBlocks([
      {
        type: 'image',
        image: { url: 'https://cdn.example.se/a.jpg', alternativeText: 'Två personer vid ett bord', width: 800, height: 600 },
        children: [t('')],
      },
      { type: 'image', image: { url: '/uploads/b.png', alternativeText: 'Karta "norr" & söder' } },
    ]);
    expect(result).toEqual({
      html:
        '<img src="https://cdn.example.se/a.jpg" alt="Två personer vid ett bord" loading="lazy" width="800" height="600">\n' +
        '<img src="/uploads/b.png" alt="Karta &quot;norr&quot; &amp; söder" loading="lazy">',
      problems: [],
    });
  });

  it('drops images without alternative text and says so', () => {
    for (const alternativeText of [undefined, null, '', '   ']) {
      const result = renderBlocks([p(t('före')), { type: 'image', image: { url: '/uploads/a.jpg', alternativeText } }]);
      expect(result.html).toBe('<p>före</p>');
      expect(result.problems).toEqual([{ path: '[1].image.alternativeText', message: expect.stringContaining('saknar alternativtext') }]);
    }
  });

  it('drops images with a disallowed address', () => {
    for (const url of [
      'http://example.se/a.jpg',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '//evil.example/a.jpg',
      'mailto:a@b.se',
      '#x',
    ]) {
      const result = renderBlocks([{ type: 'image', image: { url, alternativeText: 'Bild' } }]);
      expect(result.html).toBe('');
      expectProblemAt(result, '[0].image.url');
    }
  });

  it('is deterministic and keeps rendering after a bad block', () => {
    const input = [h(2, 'Rubrik'), { type: 'html', value: '<b>x</b>' }, p(t('Text'))];
    const first = renderBlocks(input);
    expect(first).toEqual(renderBlocks(structuredClone(input)));
    expect(first.html).toBe('<h2>Rubrik</h2>\n<p>Text</p>');
    expect(first.problems).toEqual([{ path: '[1]', message: 'Okänd typ av innehåll ("html") — ta bort blocket i CMS:et.' }]);
  });

  it('accepts content typed with the shared schema', () => {
    const blocks: Blocks = [{ type: 'paragraph', children: [{ type: 'text', text: 'Typad' }] }];
    expect(renderBlocks(blocks).html).toBe('<p>Typad</p>');
  });
});

describe('renderBlocks: XSS and hostile input', () => {
  it('escapes a <script> tag in text', () => {
    const result = renderBlocks([p(t('<script>alert(document.cookie)</script>'))]);
    expectSafe(result);
    expect(result.html).toBe('<p>&lt;script&gt;alert(document.cookie)&lt;/script&gt;</p>');
  });

  it('escapes an <img onerror> in text, headings, quotes, code, lists and alt text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const result = renderBlocks([
      p(t(payload)),
      h(1, payload),
      { type: 'quote', children: [t(payload)] },
      { type: 'code', children: [t(payload)] },
      ul(li(t(payload))),
      { type: 'image', image: { url: '/a.jpg', alternativeText: `"><img src=x onerror=alert(1)>` } },
    ]);
    expect(result.html).not.toMatch(/<img src=x/);
    expect(result.html.match(/<img /g)).toHaveLength(1);
    expect(result.html).toContain('alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expectSafe(result); // "onerror=" survives only as escaped text, never as an attribute
  });

  const badUrls: [string, string][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case scheme', 'JaVaScRiPt:alert(1)'],
    ['leading spaces', '  javascript:alert(1)'],
    ['tab inside scheme', 'java\tscript:alert(1)'],
    ['newline inside scheme', 'java\nscript:alert(1)'],
    ['NUL inside scheme', 'java\u0000script:alert(1)'],
    ['leading control char', '\u0001javascript:alert(1)'],
    ['C1 control char', 'https://example.se/\u0085'],
    ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example'],
    ['backslash protocol-relative', '/\\evil.example'],
    ['double backslash', '\\\\evil.example'],
    ['plain http', 'http://example.se'],
    ['ftp', 'ftp://example.se/fil'],
    ['file', 'file:///etc/passwd'],
    ['entity-encoded colon', 'javascript&colon;alert(1)'],
    ['entity-encoded j (decimal)', '&#106;avascript:alert(1)'],
    ['entity-encoded j (hex)', '&#x6A;avascript:alert(1)'],
    ['percent-encoded colon', 'javascript%3Aalert(1)'],
    ['bare relative path', 'sida.html'],
    ['empty address', ''],
    ['credentials in https', 'https://skatteverket.se@evil.example/'],
  ];

  it.each(badUrls)('refuses a link with %s and keeps its text as plain text', (_name, url) => {
    const result = renderBlocks([p(t('Före '), link(url, 'Klicka här'), t(' efter'))]);
    expectSafe(result);
    expect(result.html).toBe('<p>Före Klicka här efter</p>');
    expect(result.html).not.toContain('<a');
    expectProblemAt(result, '[0].children[1]');
    expect(result.problems[0]?.message).toMatch(/^Länken "Klicka här" /);
  });

  it('tells the editor which schemes are allowed', () => {
    expect(renderBlocks([p(link('http://example.se', 'X'))]).problems).toEqual([
      {
        path: '[0].children[0]',
        message:
          'Länken "X" har en otillåten adress ("http://example.se") — använd https://, mailto:, tel: eller en relativ länk (som börjar med / eller #).',
      },
    ]);
  });

  it('refuses bad links inside headings, quotes and list items too', () => {
    const result = renderBlocks([
      { type: 'heading', level: 2, children: [link('javascript:alert(1)', 'R')] },
      { type: 'quote', children: [link('vbscript:x', 'C')] },
      ul(li(t('a')), ul(li(link('data:text/html,x', 'L')))),
    ]);
    expectSafe(result);
    expect(result.html).toBe('<h2>R</h2>\n<blockquote><p>C</p></blockquote>\n<ul><li>a<ul><li>L</li></ul></li></ul>');
    expect(result.problems.map((problem) => problem.path)).toEqual([
      '[0].children[0]',
      '[1].children[0]',
      '[2].children[1].children[0].children[0]',
    ]);
  });

  it('drops a link without text and reports it', () => {
    const result = renderBlocks([p(t('a'), { type: 'link', url: 'https://example.se', children: [] })]);
    expect(result.html).toBe('<p>a</p>');
    expectProblemAt(result, '[0].children[1]');
  });

  it('cannot break out of the href attribute with " or \'', () => {
    const result = renderBlocks([
      p(
        link('https://example.se/" onmouseover="alert(1)', 'a'),
        link("https://example.se/' onmouseover='alert(1)", 'b'),
        link('/sida" onclick="alert(1)', 'c'),
        link("/sida' onclick='alert(1)", 'd'),
        link('mailto:a@example.se" onclick="alert(1)', 'e'),
        link("tel:123' onclick='alert(1)", 'f'),
        link('#x" onclick="alert(1)', 'g'),
        link('https://example.se/?q="><script>alert(1)</script>', 'h'),
      ),
    ]);
    expectSafe(result);
    const hrefs = [...result.html.matchAll(/<a href="([^"]*)">/g)].map((match) => match[1] ?? '');
    expect(hrefs).toHaveLength(8);
    for (const href of hrefs) expect(href).not.toMatch(/["'<>\s]/);
    // Exactly one attribute per <a>, and nothing else opens a tag.
    expect(result.html.replace(/<a href="[^"]*">/g, '<a>')).toBe('<p><a>a</a><a>b</a><a>c</a><a>d</a><a>e</a><a>f</a><a>g</a><a>h</a></p>');
  });

  it('never outputs extra properties of CMS nodes', () => {
    const result = renderBlocks([
      {
        type: 'paragraph',
        onclick: 'alert(1)',
        style: 'x',
        class: 'evil',
        children: [{ type: 'text', text: 'a', onclick: 'alert(1)', html: '<script>' }],
      },
      {
        type: 'paragraph',
        children: [{ type: 'link', url: '/a', target: '_blank', onmouseover: 'alert(1)', rel: 'x', children: [t('b')] }],
      },
      { type: 'heading', level: 1, id: '"><script>', children: [t('c')] },
      { type: 'image', onerror: 'alert(1)', image: { url: '/a.jpg', alternativeText: 'd', onerror: 'alert(1)', srcset: 'javascript:x' } },
      { type: 'list', format: 'ordered', start: '"><script>', children: [{ type: 'list-item', onclick: 'x', children: [t('e')] }] },
    ]);
    expectSafe(result);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(
      '<p>a</p>\n<p><a href="/a">b</a></p>\n<h2>c</h2>\n<img src="/a.jpg" alt="d" loading="lazy">\n<ol><li>e</li></ol>',
    );
  });

  it('refuses unknown node types, at top level and inline, and renders nothing of them', () => {
    const result = renderBlocks([
      { type: 'html', value: '<script>alert(1)</script>' },
      p(t('behålls')),
      p(t('försvinner'), { type: 'script', text: 'alert(1)' }),
      { type: 'iframe', src: 'javascript:alert(1)', children: [t('x')] },
      ul(li(t('a')), { type: 'raw', html: '<img src=x onerror=alert(1)>' }),
      { type: 'constructor', children: [t('x')] },
      JSON.parse('{"type":"__proto__","__proto__":{"type":"paragraph"},"children":[{"type":"text","text":"x"}]}'),
    ]);
    expectSafe(result);
    expect(result.html).toBe('<p>behålls</p>');
    expect(result.problems).toEqual([
      { path: '[0]', message: 'Okänd typ av innehåll ("html") — ta bort blocket i CMS:et.' },
      { path: '[2].children[1]', message: 'Okänd typ av innehåll ("script") — ta bort blocket i CMS:et.' },
      { path: '[3]', message: 'Okänd typ av innehåll ("iframe") — ta bort blocket i CMS:et.' },
      { path: '[4].children[1]', message: 'Listan får bara innehålla listpunkter, inte "raw" — ta bort blocket i CMS:et.' },
      { path: '[5]', message: 'Okänd typ av innehåll ("constructor") — ta bort blocket i CMS:et.' },
      { path: '[6]', message: 'Okänd typ av innehåll ("__proto__") — ta bort blocket i CMS:et.' },
    ]);
  });

  it('refuses malformed nodes without throwing', () => {
    const result = renderBlocks([
      { type: 'paragraph' },
      { type: 'paragraph', children: '<script>alert(1)</script>' },
      null,
      42,
      '<script>alert(1)</script>',
      [p(t('i en lista'))],
      { children: [t('utan typ')] },
      { type: 'heading', level: 9, children: [t('för djup')] },
      { type: 'list', format: 'sideways', children: [li(t('x'))] },
      p({ type: 'text', text: 42 }),
      p({ type: 'text', text: 'a', bold: 'yes' }),
      p(null, 'lös text'),
      { type: 'link', url: 'https://example.se', children: [t('länk på toppnivå')] },
      { type: 'code', children: [link('/a', 'x')] },
      { type: 'image', image: 'https://example.se/a.jpg' },
      { type: 'image', image: { url: 5, alternativeText: 7, width: '100' } },
      p(t('sist')),
    ]);
    expectSafe(result);
    expect(result.html).toBe('<p>sist</p>');
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).toEqual([
      '[0].children',
      '[1].children',
      '[2]',
      '[3]',
      '[4]',
      '[5]',
      '[6]',
      '[7].level',
      '[8].format',
      '[9].children[0].text',
      '[10].children[0].bold',
      '[11].children[0]',
      '[11].children[1]',
      '[12]',
      '[13].children[0]',
      '[14].image',
      '[15].image.url',
      '[15].image.alternativeText',
      '[15].image.width',
    ]);
    for (const problem of result.problems) expect(problem.message).toMatch(/ — .*CMS|ladda upp/);
  });

  it.each([
    ['a string', '<script>alert(1)</script>'],
    ['a number', 42],
    ['an object', { type: 'paragraph', children: [t('x')] }],
    ['true', true],
  ])('refuses %s at the top level', (_name, input) => {
    const result = renderBlocks(input);
    expect(result.html).toBe('');
    expect(result.problems).toEqual([{ path: '', message: expect.stringMatching(/^Textfältet har fel format/) }]);
  });

  it('cuts nested lists 50 levels deep at the depth limit', () => {
    let list: unknown = ul(li(t('nivå 50')));
    for (let level = 49; level >= 1; level--) list = ul(li(t(`nivå ${level}`)), list);
    const result = renderBlocks([list, p(t('efter'))]);
    expectSafe(result);
    expect(result.html.match(/<ul>/g)).toHaveLength(MAX_LIST_DEPTH);
    expect(result.html).toContain(`nivå ${MAX_LIST_DEPTH}<`);
    expect(result.html).not.toContain(`nivå ${MAX_LIST_DEPTH + 1}<`);
    expect(result.html.endsWith('</ul>\n<p>efter</p>')).toBe(true);
    expect(result.problems).toEqual([
      { path: `[0]${'.children[1]'.repeat(MAX_LIST_DEPTH)}`, message: expect.stringContaining('fler än 10 nivåer') },
    ]);
  });

  it('survives a list nested 100 000 levels deep (no stack overflow)', () => {
    let list: unknown = ul(li(t('botten')));
    for (let level = 0; level < 100_000; level++) list = ul(list);
    const result = renderBlocks([list]);
    expect(result.html).toBe('');
    expect(result.problems).toHaveLength(1);
  });

  it('renders 1 MB of hostile text escaped', () => {
    const unit = '<script>alert(1)</script>&';
    const count = Math.ceil(1_000_000 / unit.length);
    const result = renderBlocks([p(t(unit.repeat(count)))]);
    expectSafe(result);
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&amp;';
    expect(result.html.length).toBe('<p></p>'.length + escaped.length * count);
    expect(result.html.startsWith(`<p>${escaped}`)).toBe(true);
  });

  it('stays linear on inputs that trip naive regular expressions', () => {
    const spaces = ' '.repeat(500_000);
    const result = renderBlocks([
      p(link(`${spaces}javascript:alert(1)${spaces}x`, 'a'), link(`https://example.se/${spaces}!`, 'b')),
      p(t(`${'\n'.repeat(200_000)}x`)),
      { type: 'code', children: [t('\r'.repeat(200_000))] },
    ]);
    expectSafe(result);
    expect(result.problems.map((problem) => problem.path)).toEqual(['[0].children[0]']);
    expect(result.html).toContain(`<a href="https://example.se/${'%20'.repeat(500_000)}!">b</a>`);
    expect(result.html).toContain(`<p>${'<br>'.repeat(200_000)}x</p>`);
  });

  it('caps the number of problems reported for one field', () => {
    const result = renderBlocks(Array.from({ length: 10_000 }, () => ({ type: 'script' })));
    expect(result.html).toBe('');
    expect(result.problems).toHaveLength(101);
    expect(result.problems.at(-1)?.message).toMatch(/^Fler än 100 problem/);
  });

  it('renders many blocks', () => {
    const result = renderBlocks(Array.from({ length: 20_000 }, (_, i) => p(t(`stycke ${i}`))));
    expect(result.html.split('\n')).toHaveLength(20_000);
  });
});

describe('blocksHaveText', () => {
  it('is false when nothing visible would render', () => {
    expect(blocksHaveText([])).toBe(false);
    expect(blocksHaveText(null)).toBe(false);
    expect(blocksHaveText('text')).toBe(false);
    expect(blocksHaveText([p(t('')), p(t('  \n\t ')), h(2, ' '), ul(li(t(''))), { type: 'code', children: [t('\n')] }])).toBe(false);
    expect(blocksHaveText([{ type: 'html', value: 'synlig?' }])).toBe(false);
    expect(blocksHaveText([{ type: 'image', image: { url: '/a.jpg' } }])).toBe(false);
  });

  it('is true when text or an image would render', () => {
    expect(blocksHaveText([p(t('Hej'))])).toBe(true);
    expect(blocksHaveText([p(t('')), ul(li(t('punkt')))])).toBe(true);
    expect(blocksHaveText([p(link('javascript:alert(1)', 'blir ren text'))])).toBe(true);
    expect(blocksHaveText([{ type: 'image', image: { url: '/a.jpg', alternativeText: 'Karta' } }])).toBe(true);
  });
});
