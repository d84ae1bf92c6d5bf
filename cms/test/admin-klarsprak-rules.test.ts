/**
 * The writing help's rules (cms/src/admin/klarsprak/rules.ts): which fields it reads on which
 * content types, the target of each, and what it says. The panel itself is tested in the real
 * admin by admin-klarsprak-browser.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIX_MIN_WORDS } from '@vg/shared-schema/klarsprak';
import { describe, expect, it } from 'vitest';
import {
  type ComponentLayouts,
  fieldReport,
  type LayoutField,
  longTextFields,
  NOT_FOR_VISITORS,
  parseWordLists,
  styleOf,
  textOf,
  valueAt,
  writtenForVisitors,
} from '../src/admin/klarsprak/rules.ts';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/api');

/** Every content type of the CMS, with its fields as the edit view's layout names them. */
const contentTypes = fs.readdirSync(API_DIR).flatMap((api) => {
  const dir = path.join(API_DIR, api, 'content-types');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, name, 'schema.json'), 'utf8')) as {
      attributes: Record<string, { type: string }>;
    };
    const fields: LayoutField[] = Object.entries(schema.attributes).map(([n, a]) => ({ name: n, type: a.type, label: `Etikett ${n}` }));
    return { uid: `api::${api}.${name}`, fields };
  });
});

const HARD =
  'Den enskilde kan erhålla arbetslivsinriktade rehabiliteringsinsatser i samverkan med berörda myndigheter, ' +
  'varvid handläggaren tillsammans med deltagaren kontinuerligt utvärderar förutsättningarna för fortsatt ' +
  'deltagande i verksamheten och dokumenterar överenskommelserna skriftligen under hela tiden.';

describe('which fields the writing help reads', () => {
  it('reads every content type written for visitors, and not the intake’s or the jargon list', () => {
    const uids = contentTypes.map((t) => t.uid);
    // The excluded types exist under these names (a rename would otherwise bring them back).
    expect(uids).toEqual(expect.arrayContaining([...NOT_FOR_VISITORS]));
    for (const uid of NOT_FOR_VISITORS) expect(writtenForVisitors(uid), uid).toBe(false);
    for (const uid of ['plugin::users-permissions.user', 'admin::user', 'plugin::upload.file']) expect(writtenForVisitors(uid)).toBe(false);

    const withHelp = contentTypes.filter((t) => longTextFields(t.uid, t.fields).length > 0).map((t) => t.uid.split('.')[1]);
    expect(withHelp.sort()).toEqual([
      'aktor',
      'amne',
      'begrepp',
      'berattelse',
      'forbund',
      'fraga',
      'hitta-ratt',
      'insats',
      'kedja',
      'livssituation',
      'malgrupp',
      'startsida',
      'tillganglighetsredogorelse',
    ]);
  });

  it('takes rich text and long text fields, in layout order, with their labels and the lättläst field as lättläst', () => {
    const insats = contentTypes.find((t) => t.uid === 'api::insats.insats');
    expect(longTextFields('api::insats.insats', insats?.fields ?? [])).toEqual([
      { name: 'sammanfattning', label: 'Etikett sammanfattning', style: 'klarsprak' },
      { name: 'beskrivning', label: 'Etikett beskrivning', style: 'klarsprak' },
      { name: 'lattlast', label: 'Etikett lattlast', style: 'lattlast' },
      { name: 'tillganglighet', label: 'Etikett tillganglighet', style: 'klarsprak' },
    ]);
    expect(styleOf('lattlast')).toBe('lattlast');
    expect(styleOf('beskrivning')).toBe('klarsprak');
    // A field without a label is named by its attribute.
    expect(longTextFields('api::amne.amne', [{ name: 'beskrivning', type: 'text', label: ' ' }])[0]?.label).toBe('beskrivning');
    expect(longTextFields('api::amne.amne', [{ name: 'namn', type: 'string' }])).toEqual([]);
  });
});

describe('what the writing help says about a field', () => {
  const field = { name: 'beskrivning', label: 'Beskrivning', style: 'klarsprak' as const };
  const jargon = [{ ord: 'erhålla', forslag: 'få' }];

  it('reads a long text field’s string and a rich text field’s paragraphs', () => {
    expect(textOf('Hej. Du.')).toBe('Hej. Du.');
    expect(
      textOf([
        { type: 'paragraph', children: [{ type: 'text', text: 'Ett stycke' }] },
        { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'En punkt' }] }] },
      ]),
    ).toEqual(['Ett stycke', 'En punkt']);
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
    expect(textOf([null, 3])).toEqual([]);
  });

  it('says nothing about an empty field', () => {
    expect(fieldReport(field, null)).toBeNull();
    expect(fieldReport(field, '  ')).toBeNull();
    expect(fieldReport(field, [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }])).toBeNull();
  });

  it('gives LIX and sentence length against the target, long sentences and jargon with a plainer word', () => {
    const report = fieldReport(field, [{ type: 'paragraph', children: [{ type: 'text', text: HARD }] }], jargon);
    expect(report?.target).toBe('Mål: klarspråk');
    expect(report?.lix).toMatch(/^LIX \d+ \(mål högst 40\)$/);
    expect(report?.sentences).toMatch(/^I snitt \d+(,\d)? ord per mening \(mål högst 15\)$/);
    const kinds = report?.advice.map((a) => a.kind);
    expect(kinds).toEqual(['lix', 'meningslangd', 'lang-mening', 'jargong']);
    expect(report?.advice.at(-1)?.message).toBe('"erhålla": skriv hellre få.');
  });

  it('judges the lättläst field against the lättläst target', () => {
    const report = fieldReport({ name: 'lattlast', label: 'Lättläst', style: 'lattlast' }, HARD);
    expect(report?.target).toBe('Mål: lättläst svenska');
    expect(report?.lix).toContain('(mål högst 30)');
    expect(report?.sentences).toContain('(mål högst 10)');
  });

  it('gives a short text no LIX, only sentence advice', () => {
    const report = fieldReport(field, 'Du kan erhålla hjälp.', jargon);
    expect(report?.lix).toBe(`LIX räknas från ${LIX_MIN_WORDS} ord. Texten har 4 ord.`);
    expect(report?.sentences).toBe('I snitt 4 ord per mening (mål högst 15)');
    expect(report?.advice.map((a) => a.kind)).toEqual(['jargong']);
    expect(fieldReport(field, 'Du får hjälp. Ring oss.')?.advice).toEqual([]);
  });
});

describe('the word lists', () => {
  it('are read from the CMS’s word-list route, keeping only entries the advice can use', () => {
    expect(
      parseWordLists({
        data: {
          jargong: [
            { ord: 'erhålla', forslag: 'få', kommentar: null },
            { ord: 'nyttja', forslag: 'använda', kommentar: 'Vanligare.' },
            { ord: '', forslag: 'tomt' },
            { forslag: 'utan ord' },
          ],
          begrepp: [
            { term: 'Sjukpenning', definition: 'Pengar när du är sjuk.', alias: ['SGI', ' ', 3] },
            { term: '', definition: 'x' },
            { term: 'Utan förklaring' },
          ],
        },
      }),
    ).toEqual({
      jargong: [
        { ord: 'erhålla', forslag: 'få', kommentar: null },
        { ord: 'nyttja', forslag: 'använda', kommentar: 'Vanligare.' },
      ],
      begrepp: [{ term: 'Sjukpenning', definition: 'Pengar när du är sjuk.', alias: ['SGI'] }],
    });
    expect(parseWordLists(undefined)).toEqual({ jargong: [], begrepp: [] });
    expect(parseWordLists({ data: { jargong: 'x', begrepp: null } })).toEqual({ jargong: [], begrepp: [] });
  });
});

describe('long texts inside components', () => {
  const kedja: LayoutField[] = [
    { name: 'titel', type: 'string', label: 'Titel' },
    { name: 'beskrivning', type: 'blocks', label: 'Beskrivning' },
    { name: 'steg', type: 'component', label: 'Steg', attribute: { component: 'kedja.steg', repeatable: true } },
    { name: 'slut', type: 'component', label: 'Slut', attribute: { component: 'kedja.slut', repeatable: false } },
  ];
  const components: ComponentLayouts = {
    'kedja.steg': {
      layout: [[{ name: 'rubrik', type: 'string', label: 'Rubrik' }], [{ name: 'vadHander', type: 'text', label: 'Vad händer' }]],
    },
    'kedja.slut': { layout: [[{ name: 'forklaring', type: 'text', label: 'Förklaring' }]] },
  };

  it('are found in every item of a repeatable component and in a single one, named so the editor finds them', () => {
    const values = { steg: [{ vadHander: 'Ett.' }, { vadHander: 'Två.' }], slut: { forklaring: 'Slut.' } };
    expect(longTextFields('api::kedja.kedja', kedja, components, values)).toEqual([
      { name: 'beskrivning', label: 'Beskrivning', style: 'klarsprak' },
      { name: 'steg.0.vadHander', label: 'Steg 1 – Vad händer', style: 'klarsprak', inComponent: true },
      { name: 'steg.1.vadHander', label: 'Steg 2 – Vad händer', style: 'klarsprak', inComponent: true },
      { name: 'slut.forklaring', label: 'Slut – Förklaring', style: 'klarsprak', inComponent: true },
    ]);
    expect(valueAt(values, 'steg.1.vadHander')).toBe('Två.');
    expect(valueAt(values, 'steg.5.vadHander')).toBeUndefined();
  });

  it('count before the form has values, so a type whose only long texts are in components gets the help', () => {
    const onlySteps = kedja.filter((f) => f.type === 'component');
    expect(longTextFields('api::kedja.kedja', onlySteps, components).map((f) => f.name)).toEqual(['steg.vadHander', 'slut.forklaring']);
    expect(longTextFields('api::kedja.kedja', onlySteps, components, { steg: [], slut: null })).toEqual([]);
  });

  it('are read from the real component schemas: a chain step’s texts, a story’s steps', () => {
    const COMPONENTS_DIR = path.resolve(API_DIR, '../components');
    const layouts: ComponentLayouts = {};
    for (const category of fs.readdirSync(COMPONENTS_DIR))
      for (const file of fs.readdirSync(path.join(COMPONENTS_DIR, category))) {
        const schema = JSON.parse(fs.readFileSync(path.join(COMPONENTS_DIR, category, file), 'utf8')) as {
          attributes: Record<string, { type: string }>;
        };
        layouts[`${category}.${file.replace(/\.json$/, '')}`] = {
          layout: [Object.entries(schema.attributes).map(([name, a]) => ({ name, type: a.type, label: name }))],
        };
      }
    const withComponents = (uid: string) => {
      const schema = JSON.parse(
        fs.readFileSync(
          path.join(API_DIR, uid.split('::')[1]?.split('.')[0] ?? '', 'content-types', uid.split('.')[1] ?? '', 'schema.json'),
          'utf8',
        ),
      ) as { attributes: Record<string, { type: string; component?: string; repeatable?: boolean }> };
      const fields: LayoutField[] = Object.entries(schema.attributes).map(([name, a]) => ({
        name,
        type: a.type,
        label: name,
        attribute: { ...(a.component ? { component: a.component } : {}), ...(a.repeatable ? { repeatable: true } : {}) },
      }));
      return longTextFields(uid, fields, layouts)
        .filter((f) => f.inComponent)
        .map((f) => f.name);
    };
    expect(withComponents('api::kedja.kedja')).toEqual(expect.arrayContaining(['steg.vadHander']));
    expect(withComponents('api::berattelse.berattelse').length).toBeGreaterThan(0);
  });
});

describe('glossary terms in the writing help', () => {
  it('warn about a term the text uses without explaining it', () => {
    const report = fieldReport(
      { name: 'beskrivning', label: 'Beskrivning', style: 'klarsprak' },
      'Du kan få sjukpenning.',
      [],
      [{ term: 'Sjukpenning', definition: 'Pengar när du är sjuk. Du ansöker hos Försäkringskassan.' }],
    );
    expect(report?.advice).toEqual([
      {
        kind: 'begrepp',
        message:
          '"sjukpenning" är ett begrepp i ordlistan. Förklara det med några ord där det först står, till exempel: Pengar när du är sjuk.',
      },
    ]);
  });
});
