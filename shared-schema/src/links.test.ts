import { describe, expect, it } from 'vitest';
import { blockLinkProblems, checkHref } from './links.ts';

describe('checkHref', () => {
  it('normalises allowed addresses', () => {
    expect(checkHref('https://example.se/a b', 'link')).toEqual({ ok: true, href: 'https://example.se/a%20b' });
    expect(checkHref('/a/../b?x=1', 'link')).toEqual({ ok: true, href: '/b?x=1' });
    expect(checkHref('mailto:a@example.se?subject=Hej då', 'link')).toEqual({
      ok: true,
      href: 'mailto:a@example.se?subject=Hej%20d%C3%A5',
    });
    expect(checkHref('tel:+46 8-123 45', 'link')).toEqual({ ok: true, href: 'tel:+468-12345' });
  });

  it('allows only https and site-relative addresses for images', () => {
    expect(checkHref('/uploads/a.jpg', 'image').ok).toBe(true);
    expect(checkHref('https://cdn.example.se/a.jpg', 'image').ok).toBe(true);
    for (const url of ['#a', 'mailto:a@b.se', 'tel:1', 'http://a.se/a.jpg', 'data:image/png;base64,AAAA']) {
      expect(checkHref(url, 'image').ok).toBe(false);
    }
  });
});

describe('blockLinkProblems', () => {
  it('names each refused link with its path and leaves good ones alone', () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.se', children: [{ type: 'text', text: 'ok' }] },
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'ond' }] },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'link', url: 'http://x.se', children: [] }] }],
      },
    ];
    const problems = blockLinkProblems(blocks);
    expect(problems.map((p) => p.path)).toEqual([
      [0, 'children', 1, 'url'],
      [1, 'children', 0, 'children', 0, 'url'],
    ]);
    expect(problems[0]?.message).toContain('otillåten adress');
  });
});
