import {
  AvsandareSchema,
  formToPayload,
  PhoneSchema,
  parseFormFields,
  STODFORM_ETIKETT,
  STODFORMER,
  SubmissionInsatsSchema,
  SubmissionSchema,
} from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../test/html.ts';
import { isFalt } from '../../intake/fields.ts';
import SubmissionForm from './SubmissionForm.astro';
import { examples } from './SubmissionForm.examples.ts';

interface Control {
  tag: string;
  attrs: Record<string, string>;
}

const attributes = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', decodeEntities(m[2] ?? '')]));

const controlsOf = (html: string): Control[] =>
  [...html.matchAll(/<(input|select|textarea)\s([^>]*)>/g)].map((m) => ({ tag: m[1] ?? '', attrs: attributes(m[2] ?? '') }));

/** One valid value per field name: a field the form gains must get a sample here, and the schema must take it. */
const SAMPLE: Record<string, string> = {
  nyckel: 'vg_provnyckel',
  typ: 'ny-insats',
  insats: '',
  'uppgifter[namn]': 'Snickeriet',
  'uppgifter[sammanfattning]': 'Du snickrar i en verkstad.',
  'uppgifter[beskrivning]': 'Vi bygger möbler.\n\nDu börjar med några timmar.',
  'uppgifter[stodform]': 'arbetstraning',
  'uppgifter[malgrupper]': 'langtidsarbetslosa',
  'uppgifter[aktiviteter]': 'Snickeri\nMåleri',
  'uppgifter[steg]': 'Du ringer oss\nVi träffas',
  'uppgifter[krav]': 'Du är inskriven på Arbetsförmedlingen',
  'uppgifter[sprak]': 'svenska\narabiska',
  'uppgifter[tillganglighet]': 'Lokalen går att nå med rullstol.',
  'uppgifter[kommuner]': '0580',
  'uppgifter[digital]': 'nej',
  'uppgifter[plats][namn]': 'Verkstan',
  'uppgifter[plats][adress]': 'Verkstadsgatan 1',
  'uppgifter[plats][postnummer]': '582 22',
  'uppgifter[plats][ort]': 'Linköping',
  'uppgifter[plats][hitta]': 'Buss 12 till Verkstadsgatan.',
  'uppgifter[vagarIn]': 'egen-anmalan',
  'uppgifter[timmarMin]': '4',
  'uppgifter[timmarMax]': '20',
  'uppgifter[langd]': '3–12 månader',
  'uppgifter[langdManader]': '6',
  'uppgifter[kostnad]': 'Gratis',
  'uppgifter[platserAntal]': '10',
  'uppgifter[platserLediga]': '2',
  'uppgifter[ko]': 'ja',
  'uppgifter[driftstatus]': 'aktiv',
  'uppgifter[periodStart]': '2026-01-01',
  'uppgifter[periodSlut]': '2026-12-31',
  'uppgifter[kontakt][roll]': 'Samordnare',
  'uppgifter[kontakt][telefon]': '013-123 45 67',
  'uppgifter[kontakt][epost]': 'kontakt@example.se',
  'uppgifter[kontakt][webb]': 'https://example.se',
  meddelande: 'Ny insats från i höst.',
  'avsandare[namn]': 'Testperson',
  'avsandare[roll]': 'Handledare',
  'avsandare[epost]': 'handledare@example.se',
  'avsandare[telefon]': '013-123 45 68',
};

describe('SubmissionForm', () => {
  let html: string;
  let controls: Control[];
  const byName = (name: string) => controls.filter((c) => c.attrs.name === name);
  const one = (name: string) => {
    const found = byName(name)[0];
    if (!found) throw new Error(`Formuläret saknar fältet ${name}.`);
    return found.attrs;
  };

  beforeAll(async () => {
    const container = await AstroContainer.create();
    html = await container.renderToString(SubmissionForm, { props: examples.standard });
    controls = controlsOf(html);
  });

  it('posts urlencoded to the CMS address it is given, so it works without JavaScript', () => {
    expect(html).toMatch(
      /<form class="forslag" method="post" action="https:\/\/cms\.example\.se\/api\/intake\/forslag" enctype="application\/x-www-form-urlencoded"/,
    );
    expect(html).toMatch(/<button type="submit"[^>]*>Skicka förslaget<\/button>/);
  });

  it('gives every control a visible label, a hint and a place for its error, and uses each id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
    for (const c of controls) {
      expect(html, c.attrs.name).toContain(`<label for="${c.attrs.id}">`);
    }
    for (const m of html.matchAll(/aria-describedby="([^"]+)"/g)) {
      for (const id of (m[1] ?? '').split(' ')) expect(ids, id).toContain(id);
    }
    for (const m of html.matchAll(/data-falt="([^"]+)"/g)) {
      const id = (m[1] ?? '').replaceAll('.', '-');
      expect(html).toContain(`id="${id}-hint"`);
      expect(html).toContain(`<p class="falt-fel" id="${id}-fel" hidden></p>`);
    }
  });

  it('has a sample for every field and the filled-in form is a valid submission with every insats field', () => {
    const names = [...new Set(controls.map((c) => c.attrs.name ?? ''))];
    expect(names.filter((n) => !(n in SAMPLE))).toEqual([]);
    const entries = Object.entries(SAMPLE);
    expect(entries.map(([n]) => n).filter((n) => !names.includes(n))).toEqual([]);
    const result = SubmissionSchema.safeParse(formToPayload(parseFormFields(entries)));
    expect(result.error?.issues ?? []).toEqual([]);
    const uppgifter = Object.keys(result.data?.uppgifter ?? {});
    expect(uppgifter.sort()).toEqual(Object.keys(SubmissionInsatsSchema.shape).sort());
    expect(Object.keys(result.data?.avsandare ?? {}).sort()).toEqual(Object.keys(AvsandareSchema.shape).sort());
    for (const name of names) expect(isFalt(name.replace(/\]?\[/g, '.').replace(/\]$/, '')), name).toBe(true);
  });

  it('marks as required only what every proposal needs; the rest depends on the kind of proposal', () => {
    const required = [...new Set(controls.filter((c) => 'required' in c.attrs).map((c) => c.attrs.name))];
    expect(required).toEqual(['nyckel', 'typ', 'avsandare[roll]']);
    for (const name of ['uppgifter[namn]', 'uppgifter[sammanfattning]', 'uppgifter[beskrivning]', 'uppgifter[stodform]'])
      expect(one(name)['data-kravs-for'], name).toBe('ny-insats');
    expect(one('insats')['data-kravs-for']).toBe('andring');
    expect(html).toContain('Insatsens namn<span class="falt__krav"> (krävs för en ny insats)</span>');
  });

  it('mirrors the schema’s limits in HTML constraints', () => {
    const limits: Record<string, string> = {
      nyckel: '200',
      'uppgifter[namn]': '120',
      'uppgifter[sammanfattning]': '200',
      'uppgifter[beskrivning]': '8000',
      'uppgifter[tillganglighet]': '1000',
      'uppgifter[plats][ort]': '80',
      'uppgifter[plats][hitta]': '500',
      meddelande: '2000',
      'avsandare[roll]': '120',
    };
    for (const [name, max] of Object.entries(limits)) expect(one(name).maxlength, name).toBe(max);
    expect(one('uppgifter[timmarMin]')).toMatchObject({ type: 'number', min: '1', max: '40', step: '1' });
    expect(one('uppgifter[langdManader]')).toMatchObject({ type: 'number', min: '1', max: '60' });
    expect(one('uppgifter[periodStart]').type).toBe('date');
    expect(one('avsandare[epost]').type).toBe('email');
    expect(one('uppgifter[kontakt][webb]').type).toBe('url');
    expect(one('nyckel').type).toBe('password');
  });

  it('uses the same phone and postcode rules as the schema', () => {
    const phone = new RegExp(`^(?:${one('avsandare[telefon]').pattern})$`, 'v');
    for (const value of ['013-123 45 67', '+46 13 123 45 67', '0701234567', '13 123 45', 'ring mig', '+4613'])
      expect(phone.test(value), value).toBe(PhoneSchema.safeParse(value).success);
    const postnummer = new RegExp(`^(?:${one('uppgifter[plats][postnummer]').pattern})$`, 'v');
    for (const value of ['589 41', '58941', '5894', 'abc 12']) {
      const schema = SubmissionInsatsSchema.shape.plats.unwrap().shape.postnummer;
      expect(postnummer.test(value), value).toBe(schema.safeParse(value).success);
    }
  });

  it('lets the browser fill in only the sender’s own details, and keep everything after the back button', () => {
    expect(one('avsandare[namn]').autocomplete).toBe('name');
    expect(one('avsandare[roll]').autocomplete).toBe('organization-title');
    expect(one('avsandare[epost]').autocomplete).toBe('email');
    expect(one('avsandare[telefon]').autocomplete).toBe('tel');
    expect(one('nyckel').autocomplete).toBe('current-password');
    // Not "off": that would stop the browser from keeping the text after the back button.
    const others = controls.filter((c) => !/^(avsandare\[|nyckel$)/.test(c.attrs.name ?? ''));
    expect(others.filter((c) => 'autocomplete' in c.attrs).map((c) => c.attrs.name)).toEqual([]);
  });

  it('lists the stödformer with their Swedish labels and the kommuner by county behind a summary each', () => {
    for (const s of STODFORMER) expect(html).toContain(`<option value="${s}">${STODFORM_ETIKETT[s]}</option>`);
    expect(html.match(/<details class="kommun-lan">/g)).toHaveLength(2);
    expect(html).toContain('<summary id="uppgifter-kommuner">Stockholms län');
    expect(html).toContain('<legend class="visually-hidden">Kommuner i Östergötlands län</legend>');
    expect(byName('uppgifter[kommuner]').map((c) => c.attrs.value)).toEqual(['0114', '0180', '0513', '0580']);
  });
});
