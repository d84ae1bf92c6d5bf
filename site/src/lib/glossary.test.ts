import { describe, expect, it } from 'vitest';
import { compileTerms, linkGlossaryTerms } from './glossary.ts';

const terms = compileTerms([
  { slug: 'sip', term: 'SIP' },
  { slug: 'insats', term: 'Insats' },
  { slug: 'ekonomiskt-bistand', term: 'Ekonomiskt bistånd' },
  { slug: 'region', term: 'Region' },
]);
const link = (html: string) => linkGlossaryTerms(html, terms, new Set());

describe('linkGlossaryTerms', () => {
  it('links the first occurrence of each term, in any Swedish form', () => {
    expect(link('<p>Insatsen hjälper. En insats till.</p>')).toBe(
      '<p><a class="begrepp-lank" href="/begrepp#insats">Insatsen</a> hjälper. En insats till.</p>',
    );
    expect(link('<p>Du kan få ekonomiskt bistånd.</p>')).toContain(
      '<a class="begrepp-lank" href="/begrepp#ekonomiskt-bistand">ekonomiskt bistånd</a>',
    );
  });

  it('matches abbreviations case-sensitively and whole words only', () => {
    expect(link('<p>Vi sipprar.</p>')).toBe('<p>Vi sipprar.</p>');
    expect(link('<p>Be om en sip.</p>')).toBe('<p>Be om en sip.</p>');
    expect(link('<p>Regional plan.</p>')).toBe('<p>Regional plan.</p>');
  });

  it('never touches tags, attributes, links, headings or code', () => {
    const html = '<p><a href="/sip">SIP</a> <code>SIP</code></p><h3>SIP</h3><p title="SIP">x</p>';
    expect(link(html)).toBe(html);
  });

  it('keeps escaped text escaped', () => {
    expect(link('<p>&lt;script&gt; SIP &amp; insats</p>')).toBe(
      '<p>&lt;script&gt; <a class="begrepp-lank" href="/begrepp#sip">SIP</a> &amp; <a class="begrepp-lank" href="/begrepp#insats">insats</a></p>',
    );
  });

  it('shares the used set across fields on one page', () => {
    const used = new Set<string>();
    linkGlossaryTerms('<p>SIP</p>', terms, used);
    expect(linkGlossaryTerms('<p>SIP igen</p>', terms, used)).toBe('<p>SIP igen</p>');
  });
});
