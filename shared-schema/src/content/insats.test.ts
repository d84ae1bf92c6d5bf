import { describe, expect, it } from 'vitest';
import { STODFORMER } from '../vocabulary.ts';
import {
  DRIFTSTATUS_ETIKETT,
  DRIFTSTATUSAR,
  INSATS_COMPONENT_SCHEMAS,
  INSATS_UID,
  InsatsSchema,
  PeriodComponentSchema,
  PlatserComponentSchema,
  STODFORM_ETIKETT,
  TimmarComponentSchema,
  VAG_IN_ETIKETT,
  VAG_IN_TYPER,
} from './insats.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });
const punkt = (text: string, id?: number) => ({ ...(id === undefined ? {} : { id }), text });

/** A published insats as the REST API delivers it, every relation populated (Jonsbo, cut down). */
const jonsbo = {
  id: 101,
  documentId: 'ins101jonsbo',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-09-10T09:00:00.000Z',
  publishedAt: '2026-09-10T09:05:00.000Z',
  locale: 'sv',
  slug: 'jonsbo',
  namn: 'Jonsbo – grön rehabilitering',
  sammanfattning: 'Ett lugnt första steg på ett gammalt torp. Du är med i trädgårdsarbete och djurskötsel i din egen takt.',
  beskrivning: [p('Jonsbo är ett gammalt torp med trädgård, skog och några djur.'), p('Du börjar med några timmar om dagen.')],
  lattlast: [p('Jonsbo är ett torp på landet.'), p('Det kostar ingenting.')],
  stodform: 'halsa',
  malgrupper: [{ id: 1, documentId: 'mg1', slug: 'sjukskrivna-utan-anstallning', namn: 'Sjukskrivna utan anställning' }],
  livssituationer: [{ id: 1, documentId: 'ls1', slug: 'sjukskriven-utan-anstallning' }],
  aktiviteter: [punkt('Trädgård', 1), punkt('Djurskötsel', 2)],
  organisation: { id: 1, documentId: 'org1', slug: 'linkopings-kommun', namn: 'Linköpings kommun' },
  forbund: { id: 1, documentId: 'fb1', slug: 'centrala-ostergotland' },
  kommuner: [{ id: 12, documentId: 'k0580', slug: 'linkoping', namn: 'Linköping' }],
  digital: false,
  plats: { id: 5, namn: 'Jonsbo torp', adress: 'Torpvägen 12', postnummer: '589 41', ort: 'Linköping', hitta: 'Buss 21 till Torpvägen.' },
  vagarIn: [
    { id: 1, typ: 'remiss-fk', beskrivning: 'De flesta kommer hit genom sin handläggare på Försäkringskassan.' },
    { id: 2, typ: 'remiss-kommun', beskrivning: null },
  ],
  steg: [punkt('Prata med din handläggare.'), punkt('Handläggaren skickar en remiss.')],
  krav: [punkt('Du bor i Linköping.')],
  timmarPerVecka: { id: 3, min: 4, max: 20 },
  langd: 'Oftast 6–12 månader.',
  langdManader: 12,
  kostnad: 'Kostar ingenting. Lunch ingår.',
  platser: { id: 4, antal: 20, lediga: 0, ko: true, kommentar: 'Väntetiden är ungefär två månader.' },
  sprak: [punkt('svenska'), punkt('lätt svenska')],
  tillganglighet: 'Ett av husen har ramp och ett tillgängligt toalettrum.',
  kontakt: { id: 9, roll: 'Samordnare på Jonsbo', telefon: '013-123 45 20', epost: 'kontakt@jonsbo.example.se', webb: null },
  driftstatus: 'aktiv',
  period: { id: 6, start: '2015-03-01', slut: null },
  forelder: null,
  delar: [],
  senastGranskad: '2026-09-10',
  granskningsintervallManader: 6,
};

/** A digital insats with only the required fields, as Strapi returns empty ones (null / []). */
const chatt = {
  id: 140,
  documentId: 'ins140chatt',
  slug: 'vagvisaren-chatt',
  namn: 'Vägvisaren – chatt',
  sammanfattning: 'Chatta med en vägledare om var du kan få hjälp.',
  beskrivning: [p('Du skriver med en vägledare i en chatt.')],
  lattlast: null,
  stodform: 'vagledning',
  malgrupper: [],
  livssituationer: [],
  aktiviteter: [],
  organisation: { documentId: 'org33', slug: 'foreningen-vagvisaren' },
  forbund: null,
  kommuner: [],
  digital: true,
  plats: null,
  vagarIn: [{ typ: 'egen-anmalan' }],
  steg: [],
  krav: [],
  timmarPerVecka: null,
  langd: null,
  langdManader: null,
  kostnad: null,
  platser: null,
  sprak: [],
  tillganglighet: null,
  kontakt: null,
  period: null,
  forelder: null,
  delar: [],
  senastGranskad: '2026-05-01',
};

const issues = (input: unknown) => InsatsSchema.safeParse(input).error?.issues ?? [];
const issueAt = (input: unknown, path: string) => issues(input).find((i) => i.path.join('.') === path);

describe('InsatsSchema: what is accepted', () => {
  it('has the Strapi uid and a uid for each of its components', () => {
    expect(INSATS_UID).toBe('api::insats.insats');
    expect(Object.keys(INSATS_COMPONENT_SCHEMAS).sort()).toEqual([
      'insats.period',
      'insats.plats',
      'insats.platser',
      'insats.timmar',
      'insats.vag-in',
    ]);
  });

  it('accepts a full published insats with every relation populated', () => {
    const insats = InsatsSchema.parse(jonsbo);
    expect(insats.kommuner[0]?.slug).toBe('linkoping');
    expect(insats.timmarPerVecka).toEqual({ id: 3, min: 4, max: 20 });
  });

  it('accepts a digital insats with no municipality and empty optional fields', () => {
    expect(InsatsSchema.safeParse(chatt).success).toBe(true);
  });

  it('accepts a part of a programme, and a programme with its parts', () => {
    const del = { ...jonsbo, documentId: 'ins2kinda', forelder: { documentId: 'ins1bron', slug: 'samordningsbron' } };
    const program = { ...jonsbo, documentId: 'ins1bron', delar: [{ documentId: 'ins2kinda', slug: 'samordningsbron-kinda' }] };
    expect(InsatsSchema.safeParse(del).success).toBe(true);
    expect(InsatsSchema.safeParse(program).success).toBe(true);
  });
});

describe('InsatsSchema: defaults', () => {
  it('applies digital = false, driftstatus = "aktiv" and a review interval of 12 months', () => {
    const { digital: _d, driftstatus: _s, granskningsintervallManader: _g, ...utan } = jonsbo;
    const insats = InsatsSchema.parse(utan);
    expect(insats.digital).toBe(false);
    expect(insats.driftstatus).toBe('aktiv');
    expect(insats.granskningsintervallManader).toBe(12);
  });

  it('treats a missing queue flag as "no queue"', () => {
    expect(PlatserComponentSchema.parse({ antal: 10, lediga: 2 }).ko).toBe(false);
  });

  it('has a Swedish label for every enumeration value', () => {
    expect(Object.keys(STODFORM_ETIKETT).sort()).toEqual([...STODFORMER].sort());
    expect(Object.keys(VAG_IN_ETIKETT).sort()).toEqual([...VAG_IN_TYPER].sort());
    expect(Object.keys(DRIFTSTATUS_ETIKETT).sort()).toEqual([...DRIFTSTATUSAR].sort());
  });
});

describe('InsatsSchema: what is rejected', () => {
  it('refuses a non-digital insats without a municipality, with a message that names the insats', () => {
    const issue = issueAt({ ...jonsbo, kommuner: [] }, 'kommuner');
    expect(issue?.message).toBe(
      'Insatsen "Jonsbo – grön rehabilitering" har ingen kommun. Lägg till minst en kommun där insatsen finns, eller markera den som digital.',
    );
  });

  it('reports the missing municipality together with other errors, not only after they are fixed', () => {
    const paths = issues({ ...jonsbo, kommuner: [], sammanfattning: 42 }).map((i) => i.path.join('.'));
    expect(paths).toContain('sammanfattning');
    expect(paths).toContain('kommuner');
  });

  it('refuses fewer maximum than minimum hours a week, at timmarPerVecka.max', () => {
    const issue = issueAt({ ...jonsbo, timmarPerVecka: { min: 20, max: 4 } }, 'timmarPerVecka.max');
    expect(issue?.message).toBe(
      'Timmar per vecka: "som mest" (4) är mindre än "minst" (20). Ändra så att minst är mindre än eller lika med som mest.',
    );
    expect(TimmarComponentSchema.safeParse({ min: 10, max: null }).success).toBe(true);
    expect(TimmarComponentSchema.safeParse({ min: 0 }).error?.issues[0]?.message).toMatch(/minst 1 timme/);
  });

  it('refuses more free places than places', () => {
    const issue = issueAt({ ...jonsbo, platser: { antal: 20, lediga: 25, ko: false } }, 'platser.lediga');
    expect(issue?.message).toBe('Lediga platser (25) kan inte vara fler än antal platser (20). Rätta antingen lediga eller antal platser.');
    expect(PlatserComponentSchema.safeParse({ lediga: 6, ko: false }).success).toBe(true);
  });

  it('refuses an end date before the start date', () => {
    const issue = issueAt({ ...jonsbo, period: { start: '2021-02-01', slut: '2020-12-31' } }, 'period.slut');
    expect(issue?.message).toBe('Slutdatumet 2020-12-31 är före startdatumet 2021-02-01. Rätta datumen eller ta bort slutdatumet.');
    expect(PeriodComponentSchema.safeParse({ start: '2021-02-01', slut: '2021-02-01' }).success).toBe(true);
    expect(PeriodComponentSchema.safeParse({ start: '1 feb 2021' }).error?.issues[0]?.message).toMatch(/ÅÅÅÅ-MM-DD/);
  });

  it('refuses an insats without a provider organisation', () => {
    expect(issueAt({ ...jonsbo, organisation: null }, 'organisation')?.message).toMatch(/Insatsen saknar organisation/);
  });

  it('refuses an insats without any way in', () => {
    expect(issueAt({ ...jonsbo, vagarIn: [] }, 'vagarIn')?.message).toMatch(/Lägg till minst en väg in/);
  });

  it('refuses an empty description, a too long name and summary, and an unknown kind of support', () => {
    const found = issues({ ...jonsbo, beskrivning: [p('  ')], namn: 'x'.repeat(121), sammanfattning: 'x'.repeat(201), stodform: 'kurs' });
    const byField = Object.fromEntries(found.map((i) => [i.path.join('.'), i.message]));
    expect(byField.beskrivning).toMatch(/"Beskrivning" är tomt/);
    expect(byField.namn).toMatch(/högst 120 tecken/);
    expect(byField.sammanfattning).toMatch(/högst 200 tecken/);
    expect(byField.stodform).toMatch(/Välj en stödform/);
  });

  it('refuses an unknown way in, a bad postcode and a bad e-mail address', () => {
    const found = issues({
      ...jonsbo,
      vagarIn: [{ typ: 'remiss-af' }],
      plats: { ...jonsbo.plats, postnummer: '5894' },
      kontakt: { ...jonsbo.kontakt, epost: 'jonsbo.example.se' },
    });
    const byField = Object.fromEntries(found.map((i) => [i.path.join('.'), i.message]));
    expect(byField['vagarIn.0.typ']).toMatch(/Välj hur man kommer in/);
    expect(byField['plats.postnummer']).toMatch(/fem siffror/);
    expect(byField['kontakt.epost']).toMatch(/E-postadressen är inte giltig/);
  });

  it('refuses an insats that is chosen as part of itself', () => {
    const issue = issueAt({ ...jonsbo, forelder: { documentId: 'ins101jonsbo', slug: 'jonsbo' } }, 'forelder');
    expect(issue?.message).toMatch(/är vald som del av sig själv/);
  });

  it('accepts every status value and refuses an unknown one', () => {
    expect(InsatsSchema.safeParse({ ...jonsbo, driftstatus: 'permanentas' }).success).toBe(true);
    expect(issueAt({ ...jonsbo, driftstatus: 'stängd' }, 'driftstatus')?.message).toMatch(/Välj status/);
  });
});
