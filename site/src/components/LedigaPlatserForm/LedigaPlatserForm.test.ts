import { LEDIGA_MAX, LedigaPlatserUpdateSchema, SLUG_PATTERN } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../test/html.ts';
import LedigaPlatserForm from './LedigaPlatserForm.astro';

const ACTION = 'https://cms.example.se/api/intake/lediga-platser';

const attributes = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', decodeEntities(m[2] ?? '')]));

describe('LedigaPlatserForm', () => {
  let html: string;
  let controls: Record<string, string>[];
  const named = (name: string) => controls.filter((c) => c.name === name);

  beforeAll(async () => {
    const container = await AstroContainer.create();
    html = await container.renderToString(LedigaPlatserForm, { props: { action: ACTION } });
    controls = [...html.matchAll(/<input\s([^>]*)>/g)].map((m) => attributes(m[1] ?? ''));
  });

  it('posts urlencoded to the CMS address it is given, so it works without JavaScript', () => {
    expect(html).toMatch(
      /<form class="forslag" method="post" action="https:\/\/cms\.example\.se\/api\/intake\/lediga-platser" enctype="application\/x-www-form-urlencoded"/,
    );
    expect(html).toMatch(/<button type="submit"[^>]*>Uppdatera<\/button>/);
  });

  it('sends exactly the fields the route takes, each required', () => {
    expect([...new Set(controls.map((c) => c.name))].sort()).toEqual(['insats', 'ko', 'lediga', 'nyckel']);
    for (const c of controls) expect(c.required, c.name).toBe('');
  });

  it('has the key field of the Lämna förslag form: a password field with its hint and a show button', () => {
    expect(named('nyckel')[0]).toMatchObject({
      id: 'nyckel',
      type: 'password',
      autocomplete: 'current-password',
      'aria-describedby': 'nyckel-hint',
    });
    expect(html).toMatch(/<label for="nyckel">Inlämningsnyckel/);
    expect(html).toContain('data-visa-nyckel hidden');
  });

  it('checks the insats’s address name and the figure in the browser as the schema does', () => {
    // HTML anchors a pattern itself: the schema's without ^ and $.
    expect(named('insats')[0]?.pattern).toBe(SLUG_PATTERN.source.slice(1, -1));
    expect(html).toContain('valfardsguiden.se/vagval/jonsbo');
    expect(named('lediga')[0]).toMatchObject({ type: 'number', min: '0', max: String(LEDIGA_MAX), step: '1', inputmode: 'numeric' });
  });

  it('asks about the queue as Ja/Nej radios in a fieldset with a legend, nothing chosen beforehand', () => {
    expect(named('ko').map((c) => [c.type, c.value, 'checked' in c])).toEqual([
      ['radio', 'ja', false],
      ['radio', 'nej', false],
    ]);
    expect(html).toMatch(/<fieldset[^>]*>\s*<legend>Är det kö just nu\?/);
    for (const c of named('ko')) expect(html).toMatch(new RegExp(`<label for="${c.id}">(Ja|Nej)</label>`));
  });

  it('gives each control a label and uses each id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
    for (const c of controls) expect(html, c.id).toContain(`for="${c.id}"`);
  });

  it('what the form sends is what the CMS accepts', () => {
    const sent = { nyckel: 'vg_provnyckel', insats: 'jonsbo', lediga: '3', ko: 'nej' };
    expect(LedigaPlatserUpdateSchema.parse(sent)).toEqual({ nyckel: 'vg_provnyckel', insats: 'jonsbo', lediga: 3, ko: false });
  });
});
