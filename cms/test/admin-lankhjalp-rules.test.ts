import { checkHref } from '@vg/shared-schema/links';
import { describe, expect, it } from 'vitest';
import { linkAdvice } from '../src/admin/lankhjalp/rules.ts';

describe('the link dialog’s advice', () => {
  it('says nothing for an address the CMS saves, or before anything is typed', () => {
    for (const ok of ['https://www.arbetsformedlingen.se', '/vagval/jonsbo', '#kontakt', 'mailto:info@exempel.se', 'tel:013202020', '  '])
      expect(linkAdvice(ok), ok).toBeNull();
  });

  it('names the fix, with the address written out, for what editors paste most', () => {
    expect(linkAdvice('www.forsakringskassan.se/sjuk')).toBe(
      'Adressen saknar https:// i början. Skriv https://www.forsakringskassan.se/sjuk.',
    );
    expect(linkAdvice('http://exempel.se/a')).toBe('Länkar sparas bara med https://. Skriv https://exempel.se/a om sidan finns där.');
    expect(linkAdvice('info@samordningsbron.se')).toBe('En e-postadress länkas med mailto: först. Skriv mailto:info@samordningsbron.se.');
    expect(linkAdvice('013-20 20 20')).toBe('Ett telefonnummer länkas med tel: först. Skriv tel:013202020.');
    expect(linkAdvice('https://namn:losen@exempel.se')).toMatch(/^Ta bort användarnamn och lösenord/);
  });

  it('refuses, with the allowed kinds named, what Strapi’s own dialog would let through or grey out silently', () => {
    for (const bad of ['ftp://filer.exempel.se', 'javascript:alert(1)', '//exempel.se', 'data:text/html,x'])
      expect(linkAdvice(bad), bad).toMatch(/^Adressen går inte att länka till: använd https:\/\//);
  });

  it('every address it suggests is one the CMS accepts', () => {
    for (const typed of ['www.exempel.se', 'exempel.se/sida?x=1', 'http://exempel.se', 'namn@exempel.se', '+46 13 20 20 20']) {
      const suggested = /Skriv (\S+?)\.?(?: om|$)/.exec(linkAdvice(typed) ?? '')?.[1] ?? '';
      expect(checkHref(suggested, 'link').ok, `${typed} → ${suggested}`).toBe(true);
    }
  });
});
