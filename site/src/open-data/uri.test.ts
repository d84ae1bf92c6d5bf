import { describe, expect, it } from 'vitest';
import { hsdsUri } from './uri.ts';

/** RFC 3986's URI grammar, reduced to the characters it allows and well-formed escapes. */
const RFC3986 = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

describe('hsdsUri', () => {
  it('keeps an ordinary address as it is', () => {
    expect(hsdsUri('https://www.stadsmissionen.se/jobb?ort=Link%C3%B6ping#hitta')).toBe(
      'https://www.stadsmissionen.se/jobb?ort=Link%C3%B6ping#hitta',
    );
  });

  it('encodes what a browser accepts but a URI may not hold, so the export stays valid HSDS', () => {
    for (const typed of [
      'https://exempel.se/a b?q="<script>`x`</script>"',
      'https://exempel.se/?q=a|b^c{d}\\e',
      'https://exempel.se/100%?x=%zz&y=%4',
      'https://exempel.se/Linköping/åäö',
    ]) {
      const uri = hsdsUri(typed);
      expect(uri, typed).toMatch(RFC3986);
      expect(new URL(uri).host).toBe('exempel.se');
    }
  });

  it('leads to the same place: decoding gives back what was typed', () => {
    const typed = 'https://exempel.se/?q=`x`|y';
    expect(decodeURIComponent(hsdsUri(typed))).toBe(typed);
  });
});
