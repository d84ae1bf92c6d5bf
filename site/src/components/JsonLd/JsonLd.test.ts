import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import JsonLd from './JsonLd.astro';
import { examples } from './JsonLd.examples.ts';

const payload = (html: string) => /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('JsonLd', () => {
  it('writes schema.org JSON with the context', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(JsonLd, { props: examples.service });
    expect(JSON.parse(payload(html))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Jonsbo – grön rehabilitering',
    });
  });

  it('cannot be broken out of by CMS text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(JsonLd, { props: examples.hostile });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(JSON.parse(payload(html)).name).toBe('</script><script>alert("x")</script> & å');
  });
});
