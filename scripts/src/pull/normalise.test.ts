import { parseSnapshot, SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from './content-problem.ts';
import { addMonths, granskning, type NormaliseResult, normalise, unlinkPaths } from './normalise.ts';

// Small entries shaped exactly like the REST answers in site/test/fixtures/snapshot.json (plus the timestamps
// Strapi adds), so every expectation below can be checked by hand.

type Raw = Record<string, unknown>;

const CMS = 'http://cms.test:1337';
const NOW = new Date('2025-03-01T09:00:00.000Z');
const TIMESTAMPS = {
  createdAt: '2025-01-02T08:00:00.000Z',
  updatedAt: '2025-02-03T08:00:00.000Z',
  publishedAt: '2025-02-03T08:00:00.000Z',
};

const KOMMUN = 'api::kommun.kommun';
const AKTOR = 'api::aktor.aktor';
const ORGANISATION = 'api::organisation.organisation';
const INSATS = 'api::insats.insats';
const KEDJA = 'api::kedja.kedja';

const ref = (entry: Raw) => ({ id: entry.id, documentId: entry.documentId, slug: entry.slug });
const paragraph = (...children: Raw[]) => ({ type: 'paragraph', children });
const text = (value: string, marks: Raw = {}) => ({ type: 'text', text: value, ...marks });

const kommun = (slug: string, kod: string, over: Raw = {}): Raw => ({
  id: Number(kod),
  documentId: `doc-kommun-${slug}`,
  kod,
  namn: slug[0]?.toUpperCase() + slug.slice(1),
  slug,
  lan: 'Östergötlands län',
  lanskod: kod.slice(0, 2),
  ...TIMESTAMPS,
  ...over,
});

const aktor = (slug: string, over: Raw = {}): Raw => ({
  id: 2,
  documentId: `doc-aktor-${slug}`,
  locale: 'sv',
  slug,
  namn: 'Arbetsförmedlingen',
  kortnamn: 'AF',
  typ: 'myndighet',
  sammanfattning: 'Hjälper dig som söker arbete.',
  uppdrag: [paragraph(text('Myndigheten ska hjälpa den som söker arbete.'))],
  mojligheter: [paragraph(text('Planera vägen till arbete.'))],
  begransningar: [paragraph(text('Kan inte ge vård.'))],
  webb: 'https://arbetsformedlingen.example.se',
  senastGranskad: '2025-01-10',
  granskningsintervallManader: 12,
  ...TIMESTAMPS,
  ...over,
});

const organisation = (slug: string, kommunEntry: Raw, over: Raw = {}): Raw => ({
  id: 3,
  documentId: `doc-org-${slug}`,
  slug,
  namn: 'Kinda kommun',
  typ: 'kommun',
  aktor: null,
  kommun: ref(kommunEntry),
  webb: 'https://kinda.example.se',
  ...TIMESTAMPS,
  ...over,
});

const insats = (slug: string, org: Raw, kommuner: Raw[], over: Raw = {}): Raw => ({
  id: 14,
  documentId: `doc-insats-${slug}`,
  locale: 'sv',
  slug,
  namn: 'Jonsbo – grön rehabilitering',
  sammanfattning: 'Du arbetar i trädgård och växthus i din egen takt.',
  beskrivning: [paragraph(text('Du arbetar '), text('utomhus', { bold: true }), text(' & i växthus.'))],
  lattlast: null,
  stodform: 'arbetstraning',
  malgrupper: [],
  livssituationer: [],
  aktiviteter: [{ id: 161, text: 'Trädgård' }],
  organisation: ref(org),
  forbund: null,
  kommuner: kommuner.map(ref),
  digital: false,
  plats: { id: 12, namn: null, adress: 'Torpvägen 12', postnummer: '590 40', ort: 'Kisa', hitta: null },
  vagarIn: [{ id: 37, typ: 'egen-anmalan', beskrivning: null }],
  steg: [],
  krav: [],
  timmarPerVecka: { id: 14, min: 10, max: 40 },
  langd: 'Upp till 12 månader.',
  langdManader: 12,
  kostnad: 'Kostar ingenting.',
  platser: null,
  sprak: [{ id: 166, text: 'svenska' }],
  tillganglighet: null,
  kontakt: { id: 18, roll: 'Samordnare', telefon: '0494-123 45', epost: 'jonsbo@kinda.example.se', webb: null },
  driftstatus: 'aktiv',
  period: null,
  forelder: null,
  delar: [],
  senastGranskad: '2025-01-31',
  granskningsintervallManader: 1,
  ...TIMESTAMPS,
  ...over,
});

const steg = (aktorEntry: Raw, insatser: Raw[], parallell = false) => ({
  id: 68,
  aktor: ref(aktorEntry),
  rubrik: 'Planering med Arbetsförmedlingen',
  vadHander: 'Du och din handläggare gör en plan.',
  regel: null,
  tid: 'Första veckan',
  duKan: null,
  insatser: insatser.map(ref),
  parallell,
});

const kedja = (slug: string, stegList: Raw[], over: Raw = {}): Raw => ({
  id: 12,
  documentId: `doc-kedja-${slug}`,
  locale: 'sv',
  titel: 'Jag har varit arbetslös länge',
  slug,
  livssituation: null,
  introduktion: [paragraph(text('Här ser du vilka aktörer som kan hjälpa dig.'))],
  steg: stegList,
  slut: { id: 3, typ: 'glapp', forklaring: 'Ingen aktör leder vidare.' },
  senastGranskad: '2025-02-01',
  ...TIMESTAMPS,
  ...over,
});

/** A pull result: every snapshot source present (empty unless given), as fetchAll returns it. */
function pulled(entries: Partial<Record<string, Raw[]>>): Map<string, Raw[]> {
  return new Map(SNAPSHOT_SOURCES.map((s) => [s.uid, entries[s.uid] ?? []]));
}

const run = (entries: Partial<Record<string, Raw[]>>, allowInvalid = false, now = NOW): NormaliseResult =>
  normalise(pulled(entries), { cmsUrl: CMS, allowInvalid, now });

const adminUrlOf = (uid: string, documentId: string) => `${CMS}/admin/content-manager/collection-types/${uid}/${documentId}`;

/** The snapshot, after a JSON round trip, as the site reads it — fails the test if it is null or unreadable. */
function readable(result: NormaliseResult): Snapshot {
  expect(result.snapshot).not.toBeNull();
  return parseSnapshot(JSON.parse(JSON.stringify(result.snapshot)), 'testets ögonblicksbild');
}

const fieldsOf = (problems: ContentProblem[]) => problems.map((p) => `${p.documentId} ${p.field}`).sort();

// The valid set: two kommuner, an actor, an organisation, two insatser and a chain.
const kinda = kommun('kinda', '0513');
const linkoping = kommun('linkoping', '0580');
const af = aktor('arbetsformedlingen');
const kindaKommun = organisation('kinda-kommun', kinda);
const jonsbo = insats('jonsbo', kindaKommun, [kinda, linkoping]);
const samordningsbron = insats('samordningsbron', kindaKommun, [linkoping], {
  id: 96,
  namn: 'Samordningsbron',
  senastGranskad: '2024-06-15',
  granskningsintervallManader: 12,
});
const arbetslos = kedja('arbetslos-lange', [steg(af, [jonsbo]), steg(af, [], true)]);
const validSet = {
  [KOMMUN]: [linkoping, kinda],
  [AKTOR]: [af],
  [ORGANISATION]: [kindaKommun],
  [INSATS]: [samordningsbron, jonsbo],
  [KEDJA]: [arbetslos],
};

describe('normalise: a valid pull', () => {
  const result = run(validSet);

  it('reports no errors and writes a snapshot the site can read', () => {
    const snapshot = readable(result);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(snapshot.format).toBe('valfardsguiden-snapshot');
    expect(snapshot.version).toBe(1);
    expect(snapshot.generatedAt).toBe('2025-03-01T09:00:00.000Z');
    expect(snapshot.source).toBe(CMS);
    expect(snapshot.singles).toEqual({ startsida: null, tillganglighetsredogorelse: null, hittaRatt: null });
  });

  it('sorts every collection by slug', () => {
    const snapshot = readable(result);
    expect(snapshot.collections.kommuner.map((k) => k.data.slug)).toEqual(['kinda', 'linkoping']);
    expect(snapshot.collections.insatser.map((i) => i.data.slug)).toEqual(['jonsbo', 'samordningsbron']);
  });

  it('gives each insats its page path, rendered description and review status; vocabularies get neither', () => {
    const snapshot = readable(result);
    const [first] = snapshot.collections.insatser;
    expect(first?.path).toBe('/vagval/jonsbo');
    expect(first?.html).toEqual({ beskrivning: '<p>Du arbetar <strong>utomhus</strong> &amp; i växthus.</p>' });
    // Reviewed 31 Jan, every month → due 28 Feb, which is before 1 March: overdue.
    expect(first?.granskning).toEqual({ senastGranskad: '2025-01-31', nastaGranskning: '2025-02-28', forfallen: true });
    expect(snapshot.collections.kedjor[0]?.path).toBe('/sa-fungerar-valfardssystemet/arbetslos-lange');
    expect(snapshot.collections.kedjor[0]?.html).toEqual({ introduktion: '<p>Här ser du vilka aktörer som kan hjälpa dig.</p>' });
    expect(snapshot.collections.aktorer[0]?.path).toBe('/aktorer/arbetsformedlingen');
    expect(Object.keys(snapshot.collections.aktorer[0]?.html ?? {})).toEqual(['uppdrag', 'mojligheter', 'begransningar']);
    expect(snapshot.collections.kommuner[0]).toMatchObject({ html: {}, path: null, granskning: null });
    expect(snapshot.collections.organisationer[0]).toMatchObject({ html: {}, path: null, granskning: null });
  });

  it('uses 12 months when no review interval is set, and is not overdue before that', () => {
    const snapshot = readable(result);
    // The chain has no granskningsintervallManader: 1 Feb 2025 + 12 months.
    expect(snapshot.collections.kedjor[0]?.granskning).toEqual({
      senastGranskad: '2025-02-01',
      nastaGranskning: '2026-02-01',
      forfallen: false,
    });
  });

  it('keeps the data as the CMS sent it, with relations as references, minus the timestamps', () => {
    const snapshot = readable(result);
    const item = snapshot.collections.insatser[0];
    expect(item?.data.organisation).toEqual({ id: 3, documentId: 'doc-org-kinda-kommun', slug: 'kinda-kommun' });
    expect(item?.data.kommuner.map((k) => k.slug)).toEqual(['kinda', 'linkoping']);
    expect(snapshot.collections.kedjor[0]?.data.steg[0]?.insatser).toEqual([ref(jonsbo)]);
    const json = JSON.stringify(snapshot);
    expect(json).not.toContain('createdAt');
    expect(json).not.toContain('updatedAt');
    expect(json).not.toContain('publishedAt');
    expect(json).not.toContain('2025-02-03T08:00:00.000Z');
  });

  it('lists overdue entries as stale and as warnings (which do not stop the build)', () => {
    // Jonsbo was due 28 Feb; Samordningsbron is due 15 June.
    expect(result.stale).toEqual([
      {
        contentType: INSATS,
        slug: 'jonsbo',
        senastGranskad: '2025-01-31',
        nastaGranskning: '2025-02-28',
        adminUrl: adminUrlOf(INSATS, 'doc-insats-jonsbo'),
      },
    ]);
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        contentType: INSATS,
        documentId: 'doc-insats-jonsbo',
        slug: 'jonsbo',
        field: 'senastGranskad',
        message: 'Texten skulle ha granskats senast 2025-02-28. Läs igenom den och uppdatera "Senast granskad".',
        adminUrl: adminUrlOf(INSATS, 'doc-insats-jonsbo'),
      },
    ]);
  });

  it('counts an entry due today as not yet overdue, and overdue the day after', () => {
    const dueToday = run(validSet, false, new Date('2025-02-28T12:00:00.000Z'));
    expect(dueToday.stale).toEqual([]);
    expect(readable(dueToday).collections.insatser[0]?.granskning?.forfallen).toBe(false);
    const later = run(validSet, false, new Date('2025-06-16T12:00:00.000Z'));
    expect(later.stale.map((s) => s.slug).sort()).toEqual(['jonsbo', 'samordningsbron']);
  });

  it('keeps a story image (a media field, not an entry of the pull) and does not report it as a broken link', () => {
    const image = { id: 7, url: '/uploads/amira.jpg', alternativeText: null, width: 800, height: 600 };
    const berattelse = {
      id: 4,
      documentId: 'doc-berattelse-amira',
      locale: 'sv',
      titel: 'Svenskan kom i verkstaden',
      slug: 'amira-svenskan-kom-i-verkstaden',
      pseudonym: 'Amira',
      aldersgrupp: 'alder-30-44',
      ingress: 'Amira var mekaniker. Nu lagar hon cyklar igen, på svenska.',
      utgangslage: [paragraph(text('Amira läste SFI men tyckte att det gick långsamt.'))],
      steg: [{ id: 15, rubrik: 'SFI på förmiddagarna', text: 'Amira klarade kurs B.', aktor: ref(af) }],
      aktorer: [ref(af)],
      resultat: [paragraph(text('Amira arbetar heltid som cykelmekaniker.'))],
      insatser: [ref(jonsbo)],
      livssituationer: [],
      bild: image,
      bildAlt: 'Amira i cykelverkstaden.',
      samtyckeDatum: '2025-01-05',
      senastGranskad: '2025-01-12',
      granskningsintervallManader: 12,
      ...TIMESTAMPS,
    };

    const withImage = run({ ...validSet, 'api::berattelse.berattelse': [berattelse] });

    expect(withImage.problems.filter((p) => p.contentType === 'api::berattelse.berattelse')).toEqual([]);
    const story = readable(withImage).collections.berattelser[0];
    expect(story?.data.bild).toEqual(image);
    expect(story?.path).toBe('/berattelser/amira-svenskan-kom-i-verkstaden');
  });
});

describe('normalise: free places as of the pull', () => {
  const withPlatser = (uppdaterad: string | null, over: Raw = {}) =>
    insats('jonsbo', kindaKommun, [kinda, linkoping], {
      platser: { id: 1, antal: 12, lediga: 4, ko: true, kommentar: null, uppdaterad, ...over },
    });
  const platserAfter = (entry: Raw, now = NOW, platserMaxAgeDays?: number) => {
    const result = normalise(pulled({ ...validSet, [INSATS]: [samordningsbron, entry] }), {
      cmsUrl: CMS,
      allowInvalid: false,
      now,
      ...(platserMaxAgeDays ? { platserMaxAgeDays } : {}),
    });
    return readable(result).collections.insatser.find((i) => i.data.slug === 'jonsbo')?.data.platser;
  };

  it('publishes figures updated within 30 days as they are, with their date', () => {
    // 1 March 09:00 minus 30 days is 30 January 09:00: still current.
    expect(platserAfter(withPlatser('2025-01-30T09:00:00.000Z'))).toMatchObject({
      lediga: 4,
      ko: true,
      uppdaterad: '2025-01-30T09:00:00.000Z',
    });
  });

  it('publishes older or undated figures as unknown, never as free places or a queue, and keeps capacity and date', () => {
    for (const uppdaterad of ['2025-01-30T08:59:00.000Z', null]) {
      expect(platserAfter(withPlatser(uppdaterad)), String(uppdaterad)).toMatchObject({ antal: 12, lediga: null, ko: false, uppdaterad });
    }
  });

  it('takes the limit from the option (VG_LEDIGA_PLATSER_MAX_DAGAR)', () => {
    expect(platserAfter(withPlatser('2025-02-25T09:00:00.000Z'), NOW, 3)).toMatchObject({ lediga: null });
    expect(platserAfter(withPlatser('2025-02-27T09:00:00.000Z'), NOW, 3)).toMatchObject({ lediga: 4 });
  });
});

describe('normalise: invalid content fails the build with one problem per issue', () => {
  it('reports every issue of a broken entry with type, id, slug, field path, Swedish message and admin link', () => {
    const broken = insats('trasig', kindaKommun, [kinda], {
      kontakt: { id: 18, roll: 'Samordnare', telefon: null, epost: 'inte-en-adress', webb: null },
    });
    delete broken.sammanfattning;

    const result = run({ [KOMMUN]: [kinda], [ORGANISATION]: [kindaKommun], [INSATS]: [broken] });

    expect(result.snapshot).toBeNull();
    const common = {
      severity: 'error',
      contentType: INSATS,
      documentId: 'doc-insats-trasig',
      slug: 'trasig',
      adminUrl: `${CMS}/admin/content-manager/collection-types/api::insats.insats/doc-insats-trasig`,
    };
    expect(result.problems).toHaveLength(2);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { ...common, field: 'sammanfattning', message: 'Insatsen saknar sammanfattning.' },
        { ...common, field: 'kontakt.epost', message: 'E-postadressen är inte giltig, t.ex. kontakt@exempel.se.' },
      ]),
    );
  });

  it('reports every broken entry, not just the first', () => {
    const result = run({
      [KOMMUN]: [kinda, kommun('ydre', '512')],
      [ORGANISATION]: [kindaKommun, organisation('trasig-org', kinda, { webb: 'http://osaker.example.se' })],
    });

    expect(result.snapshot).toBeNull();
    expect(fieldsOf(result.problems)).toEqual(['doc-kommun-ydre kod', 'doc-org-trasig-org webb']);
    expect(result.problems.find((p) => p.field === 'webb')?.message).toBe('Webbadressen måste börja med https://.');
  });

  it('reports a relation to an entry that is not in the pull, with its position in the field', () => {
    const saknas = { id: 99, documentId: 'doc-kommun-saknas', slug: 'ydre' };
    const result = run({
      [KOMMUN]: [kinda],
      [ORGANISATION]: [kindaKommun],
      [INSATS]: [insats('jonsbo', kindaKommun, [kinda, saknas])],
    });

    expect(result.snapshot).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      contentType: INSATS,
      documentId: 'doc-insats-jonsbo',
      slug: 'jonsbo',
      field: 'kommuner[1]',
      adminUrl: adminUrlOf(INSATS, 'doc-insats-jonsbo'),
    });
    expect(result.problems[0]?.message).toContain('(ydre)');
    expect(result.problems[0]?.message).toMatch(/inte är publicerad/);
  });

  it('reports a broken relation inside a component with the component path (kedja steg)', () => {
    const saknas = { id: 5, documentId: 'doc-insats-opublicerad', slug: 'opublicerad' };
    const result = run({
      ...validSet,
      [KEDJA]: [kedja('arbetslos-lange', [steg(af, [jonsbo]), steg(af, [jonsbo, saknas], true)])],
    });

    expect(result.snapshot).toBeNull();
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { contentType: KEDJA, documentId: 'doc-kedja-arbetslos-lange', field: 'steg[1].insatser[1]' },
    ]);
  });

  it('reports two entries with the same slug, naming both', () => {
    const first = insats('jonsbo', kindaKommun, [kinda], { documentId: 'doc-jonsbo-a' });
    const second = insats('jonsbo', kindaKommun, [kinda], { documentId: 'doc-jonsbo-b', namn: 'Jonsbo igen' });

    const result = run({ [KOMMUN]: [kinda], [ORGANISATION]: [kindaKommun], [INSATS]: [first, second] });

    expect(result.snapshot).toBeNull();
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    const [dup] = errors;
    expect(dup).toMatchObject({ severity: 'error', contentType: INSATS, documentId: 'doc-jonsbo-b', slug: 'jonsbo', field: 'slug' });
    expect(dup?.message).toContain('doc-jonsbo-a');
    expect(dup?.message).toContain('"jonsbo"');
    expect(dup?.adminUrl).toBe(adminUrlOf(INSATS, 'doc-jonsbo-b'));
  });
});

describe('normalise: rich text', () => {
  const withScriptLink = insats('jonsbo', kindaKommun, [kinda], {
    beskrivning: [paragraph(text('Läs mer: '), { type: 'link', url: 'javascript:alert(document.cookie)', children: [text('klicka här')] })],
  });
  const entries = { [KOMMUN]: [kinda], [ORGANISATION]: [kindaKommun], [INSATS]: [withScriptLink] };

  it('reports a javascript: link with its path in the field, and fails the build by default', () => {
    const result = run(entries);

    expect(result.snapshot).toBeNull();
    const linkProblems = result.problems.filter((p) => p.field.startsWith('beskrivning'));
    expect(linkProblems).toHaveLength(1);
    expect(linkProblems[0]).toMatchObject({
      severity: 'error',
      documentId: 'doc-insats-jonsbo',
      field: 'beskrivning[0].children[1]',
      adminUrl: adminUrlOf(INSATS, 'doc-insats-jonsbo'),
    });
    expect(linkProblems[0]?.message).toContain('otillåten adress');
  });

  it('renders the link as plain text when invalid content is allowed', () => {
    const result = run(entries, true);

    const html = readable(result).collections.insatser[0]?.html.beskrivning;
    expect(html).toBe('<p>Läs mer: klicka här</p>');
    expect(JSON.stringify(result.snapshot?.collections.insatser[0]?.html)).not.toMatch(/javascript:|<a /);
    expect(result.problems.find((p) => p.field === 'beskrivning[0].children[1]')?.severity).toBe('warning');
  });
});

describe('normalise: allowInvalid leaves broken entries out, and every link to them', () => {
  // Broken on their own: a kommun (bad code), an actor (no summary), an organisation (http web address).
  const ydre = kommun('ydre', '512');
  const fk = aktor('forsakringskassan', { namn: 'Försäkringskassan', sammanfattning: '' });
  const trasigOrg = organisation('trasig-org', kinda, {
    namn: 'Trasig AB',
    typ: 'foretag',
    kommun: null,
    webb: 'http://osaker.example.se',
  });
  // Kept, with the link to the broken entry removed: an array element dropped, a single optional reference set to null.
  const kindaMedFk = organisation('kinda-kommun', kinda, { aktor: ref(fk) });
  const jonsboBada = insats('jonsbo', kindaMedFk, [kinda, ydre]);
  // Left out because a REQUIRED reference disappears: the insats run by the broken organisation …
  const forlorad = insats('forlorad', trasigOrg, [kinda], { namn: 'Förlorad' });
  // … and a chain whose step's actor (required) is the broken actor.
  const fkKedja = kedja('sjukskriven', [steg(fk, []), steg(af, [], true)], { titel: 'Jag är sjukskriven' });
  // Kept: a chain linking to both insatser loses only the link to the excluded one.
  const arbetslosBada = kedja('arbetslos-lange', [steg(af, [jonsboBada, forlorad]), steg(af, [], true)]);

  const excluded = ['doc-kommun-ydre', 'doc-aktor-forsakringskassan', 'doc-org-trasig-org', 'doc-insats-forlorad', 'doc-kedja-sjukskriven'];
  const entries = {
    [KOMMUN]: [kinda, ydre],
    [AKTOR]: [af, fk],
    [ORGANISATION]: [kindaMedFk, trasigOrg],
    [INSATS]: [jonsboBada, forlorad],
    [KEDJA]: [arbetslosBada, fkKedja],
  };

  it('fails without allowInvalid', () => {
    expect(run(entries).snapshot).toBeNull();
  });

  const result = run(entries, true);

  it('writes a snapshot without the broken entries and without any reference to them anywhere', () => {
    const snapshot = readable(result);
    const json = JSON.stringify(snapshot);
    for (const documentId of excluded) expect(json, documentId).not.toContain(documentId);
    expect(snapshot.collections.kommuner.map((k) => k.data.slug)).toEqual(['kinda']);
    expect(snapshot.collections.aktorer.map((a) => a.data.slug)).toEqual(['arbetsformedlingen']);
    expect(snapshot.collections.organisationer.map((o) => o.data.slug)).toEqual(['kinda-kommun']);
    expect(snapshot.collections.insatser.map((i) => i.data.slug)).toEqual(['jonsbo']);
    expect(snapshot.collections.kedjor.map((k) => k.data.slug)).toEqual(['arbetslos-lange']);
  });

  it('drops an excluded entry from a list of references and sets a single optional reference to null', () => {
    const snapshot = readable(result);
    expect(snapshot.collections.insatser[0]?.data.kommuner).toEqual([ref(kinda)]);
    expect(snapshot.collections.organisationer[0]?.data.aktor).toBeNull();
    expect(snapshot.collections.kedjor[0]?.data.steg[0]?.insatser).toEqual([ref(jonsboBada)]);
  });

  it('turns every problem into a warning, and names each exclusion and each removed link', () => {
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    const byEntry = (documentId: string) => result.problems.filter((p) => p.documentId === documentId).map((p) => p.field);
    expect(byEntry('doc-kommun-ydre')).toEqual(['kod']);
    expect(byEntry('doc-aktor-forsakringskassan')).toEqual(['sammanfattning']);
    expect(byEntry('doc-org-trasig-org')).toEqual(['webb']);
    expect(byEntry('doc-org-kinda-kommun')).toEqual(['aktor']);
    expect(byEntry('doc-insats-jonsbo')).toEqual(expect.arrayContaining(['kommuner[1]']));
    // The cascade: the reference disappears, and then the entry is invalid without it.
    expect(byEntry('doc-insats-forlorad')).toEqual(['organisation', 'organisation']);
    expect(
      result.problems.find((p) => p.documentId === 'doc-insats-forlorad' && p.message.startsWith('Utan de borttagna länkarna'))?.message,
    ).toBe(
      'Utan de borttagna länkarna: Insatsen saknar organisation. Välj vilken organisation som driver insatsen, t.ex. "Linköpings kommun".',
    );
    expect(byEntry('doc-kedja-sjukskriven')).toEqual(['steg[0].aktor', 'steg[0].aktor']);
    expect(byEntry('doc-kedja-arbetslos-lange')).toEqual(['steg[0].insatser[1]']);
  });

  it('does not report a kept entry twice for the same removed link', () => {
    const keys = result.problems.map((p) => `${p.documentId} ${p.field} ${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-05-20', 12, '2026-05-20'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-03-31', 11, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-10-01', 36, '2028-10-01'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('granskning', () => {
  it('is null for an entry without a review date', () => {
    expect(granskning({ slug: 'kinda' }, NOW)).toBeNull();
  });

  it('counts "today" as the UTC date of now', () => {
    expect(granskning({ senastGranskad: '2024-03-01', granskningsintervallManader: 12 }, NOW)).toEqual({
      senastGranskad: '2024-03-01',
      nastaGranskning: '2025-03-01',
      forfallen: false,
    });
    expect(granskning({ senastGranskad: '2024-02-28', granskningsintervallManader: 12 }, NOW)?.forfallen).toBe(true);
  });
});

describe('unlinkPaths', () => {
  it('turns links to pages that will not exist into plain text, keeping every other link', () => {
    const html =
      '<p>Se <a href="/vagval/borttagen">Borttagen</a>, <a href="/vagval/kvar#kontakt">Kvar</a> och <a href="https://example.se">extern</a>.</p>';
    const result = unlinkPaths(html, new Set(['/vagval/borttagen']));
    expect(result.html).toBe('<p>Se Borttagen, <a href="/vagval/kvar#kontakt">Kvar</a> och <a href="https://example.se">extern</a>.</p>');
    expect(result.removed).toEqual(['/vagval/borttagen']);
  });

  it('matches a link with a fragment or trailing slash to the excluded page', () => {
    const result = unlinkPaths('<p><a href="/vagval/borttagen/#x"><strong>B</strong></a></p>', new Set(['/vagval/borttagen']));
    expect(result.html).toBe('<p><strong>B</strong></p>');
  });
});
