import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';

describe('decodeEntities', () => {
  it('decodes what Astro and Pagefind write', () => {
    expect(decodeEntities('Råd &amp; stöd: &lt;b&gt; &quot;FK&quot; &#39;soc&#39; &#x27;AF&#x27; &apos;x&apos;')).toBe(
      `Råd & stöd: <b> "FK" 'soc' 'AF' 'x'`,
    );
  });

  it('decodes numeric entities to the character', () => {
    expect(decodeEntities('&#229;&#xE4;&#XF6;')).toBe('åäö');
  });

  it('decodes once: an escaped entity stays as text', () => {
    expect(decodeEntities('&amp;lt;mark&amp;gt;')).toBe('&lt;mark&gt;');
  });

  it('leaves unknown or impossible entities as they are', () => {
    expect(decodeEntities('&nbsp; &#0; &#x110000; & ;')).toBe('&nbsp; &#0; &#x110000; & ;');
  });
});
