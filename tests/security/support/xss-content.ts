/**
 * Writes the XSS corpus into a seeded CMS through the content-manager admin API, as an editor
 * would: every plain-text field that reaches a page gets payloads, rich text gets them in every
 * block type, as link addresses (those the CMS accepted) and as image alternative text; the
 * entries are related to each other so payloads also show up in lists, cards and link labels.
 * Creates 20 entries, edits the start page, the accessibility statement, one insats and one
 * question, and publishes.
 */
import type { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { type Block, imageBlock, linkBlock, PayloadPool, payloadBlock, richText } from './xss-blocks.ts';
import type { Payload } from './xss-payloads.ts';
import { COLLECTION, expectStatus, probeSaves, type SaveOutcome, SINGLE, type UrlSink } from './xss-probe.ts';

export interface SeededInsats {
  slug: string;
  namn: string;
  sammanfattning: string;
}

export interface SeededXss {
  /** Site paths that must show payloads. */
  pages: string[];
  insatser: SeededInsats[];
  /** Every save probe: which url payload (or control-character text) each field accepted or refused. */
  outcomes: SaveOutcome[];
  /** Url payloads the CMS accepted, placed in that field on a page. */
  placedLinks: { marker: string; sink: UrlSink }[];
  /** Payloads also used as image alternative text. */
  alts: string[];
  /** Field → number of payloads written into it. */
  fields: Map<string, number>;
}

const today = new Date().toISOString().slice(0, 10);
const review = { senastGranskad: today, granskningsintervallManader: 12 };
const connect = (...documentIds: string[]) => ({ connect: documentIds.map((documentId) => ({ documentId })) });

interface Ids {
  organisation: string;
  forbund: string;
  amne: string;
  malgrupp: string;
  livssituation: string;
  aktor: string;
  kommun: string;
  insatser: string[];
  kedjor: string[];
}

/** One editor's session: the pool of payloads, the accepted links still to place, and what was created. */
class XssEditor {
  readonly pool: PayloadPool;
  private readonly links: { marker: string; url: string }[];
  private readonly webbs: { marker: string; url: string }[];
  readonly placedLinks: { marker: string; sink: UrlSink }[] = [];
  readonly toPublish: { uid: string; documentId: string }[] = [];
  private readonly admin: AdminApi;

  constructor(admin: AdminApi, payloads: readonly Payload[], outcomes: readonly SaveOutcome[]) {
    this.admin = admin;
    const refusedText = new Set(outcomes.filter((o) => o.sink === 'text' && !o.accepted).map((o) => o.marker));
    this.pool = new PayloadPool(payloads.filter((p) => p.kind === 'text' && !refusedText.has(p.marker)));
    const accepted = (sink: UrlSink) =>
      payloads
        .filter((p) => outcomes.some((o) => o.marker === p.marker && o.sink === sink && o.accepted))
        .map((p) => ({ marker: p.marker, url: p.text }));
    this.links = accepted('rich-text link');
    this.webbs = accepted('kontakt.webb');
  }

  /** The next accepted rich-text links (up to `count`), as link paragraphs. */
  linkBlocks(count: number): Block[] {
    return this.links.splice(0, count).map((l) => {
      this.placedLinks.push({ marker: l.marker, sink: 'rich-text link' });
      return linkBlock(l.url, l.marker);
    });
  }

  /** The next accepted https address for a `webb` field, or null when all are placed. */
  webb(): string | null {
    const next = this.webbs.shift();
    if (!next) return null;
    this.placedLinks.push({ marker: next.marker, sink: 'kontakt.webb' });
    return next.url;
  }

  get unplaced(): number {
    return this.links.length + this.webbs.length;
  }

  async create(uid: string, data: Record<string, unknown>, publish = true): Promise<string> {
    const body = expectStatus(await this.admin.request('POST', COLLECTION(uid), data), 201, `Skapa ${uid} ${String(data.slug)}`);
    const documentId = (body as { data: { documentId: string } }).data.documentId;
    if (publish) this.toPublish.push({ uid, documentId });
    return documentId;
  }

  async find(uid: string, slug: string): Promise<string> {
    const list = await this.admin.get<{ results: { documentId: string }[] }>(`${COLLECTION(uid)}?filters[slug][$eq]=${slug}&pageSize=1`);
    const hit = list.results[0];
    if (!hit) throw new Error(`${uid} "${slug}" finns inte i demoinnehållet.`);
    return hit.documentId;
  }

  async update(uid: string, documentId: string, data: Record<string, unknown>): Promise<void> {
    expectStatus(await this.admin.request('PUT', `${COLLECTION(uid)}/${documentId}`, data), 200, `Ändra ${uid} ${documentId}`);
    this.toPublish.push({ uid, documentId });
  }

  async publishAll(): Promise<void> {
    for (const { uid, documentId } of this.toPublish) {
      expectStatus(
        await this.admin.request('POST', `${COLLECTION(uid)}/${documentId}/actions/publish`, {}),
        200,
        `Publicera ${uid} ${documentId}`,
      );
    }
  }
}

async function createVocabularies(ed: XssEditor): Promise<Omit<Ids, 'insatser' | 'kedjor'>> {
  const p = ed.pool;
  const organisation = await ed.create(
    'api::organisation.organisation',
    { slug: 'xss-organisation', namn: p.take('organisation.namn', 120), typ: 'civilsamhalle', webb: ed.webb() },
    false,
  );
  const amne = await ed.create(
    'api::amne.amne',
    { slug: 'xss-amne', namn: p.take('amne.namn', 120), beskrivning: p.take('amne.beskrivning', 300) },
    false,
  );
  const vocab = (kind: string) => ({
    slug: `xss-${kind}`,
    namn: p.take(`${kind}.namn`, 120),
    beskrivning: p.takeLines(`${kind}.beskrivning`, 3, 500),
  });
  const malgrupp = await ed.create('api::malgrupp.malgrupp', vocab('malgrupp'), false);
  const livssituation = await ed.create('api::livssituation.livssituation', vocab('livssituation'), false);
  const aktor = await ed.create('api::aktor.aktor', {
    slug: 'xss-aktor',
    namn: p.take('aktor.namn', 120),
    kortnamn: p.take('aktor.kortnamn', 20),
    typ: 'civilsamhalle',
    sammanfattning: p.take('aktor.sammanfattning', 200),
    uppdrag: richText(p, 'aktor.uppdrag', 2, ed.linkBlocks(2)),
    mojligheter: richText(p, 'aktor.mojligheter', 2),
    begransningar: richText(p, 'aktor.begransningar', 2),
    webb: ed.webb(),
    ...review,
  });
  const kommun = await ed.find('api::kommun.kommun', 'kinda');
  // Only a förbund's name reaches a page (on its insatser); its other fields get plain text.
  const forbund = await ed.create(
    'api::forbund.forbund',
    {
      slug: 'xss-forbund',
      namn: p.take('forbund.namn', 120),
      lan: '05',
      kommuner: connect(kommun),
      beskrivning: [{ type: 'paragraph', children: [{ type: 'text', text: 'Förbundet i provet.' }] }],
    },
    false,
  );
  return { organisation, forbund, amne, malgrupp, livssituation, aktor, kommun };
}

function insatsData(ed: XssEditor, ids: Omit<Ids, 'insatser' | 'kedjor'>, n: number, alts: string[]): Record<string, unknown> {
  const p = ed.pool;
  const punkt = (field: string, count: number) => Array.from({ length: count }, () => ({ text: p.take(`insats.${field}`, 300) }));
  return {
    slug: `xss-insats-${n}`,
    namn: p.take('insats.namn', 120),
    sammanfattning: p.take('insats.sammanfattning', 200),
    beskrivning: richText(p, 'insats.beskrivning', 5, ed.linkBlocks(6)),
    lattlast: n <= 2 ? richText(p, 'insats.lattlast', 2, alts.slice((n - 1) * 3, n * 3).map(imageBlock)) : null,
    stodform: (['arbetstraning', 'praktik', 'studier', 'sprak'] as const)[n % 4],
    malgrupper: connect(ids.malgrupp),
    livssituationer: connect(ids.livssituation),
    organisation: connect(ids.organisation),
    ...(n <= 2 ? { forbund: connect(ids.forbund) } : {}),
    kommuner: connect(ids.kommun),
    aktiviteter: punkt('aktiviteter', 2),
    krav: punkt('krav', 2),
    steg: punkt('steg', 2),
    sprak: punkt('sprak', 1),
    vagarIn: [{ typ: 'egen-anmalan', beskrivning: p.take('insats.vagarIn.beskrivning', 300) }],
    plats: {
      namn: p.take('insats.plats.namn', 120),
      adress: p.take('insats.plats.adress', 120),
      ort: p.take('insats.plats.ort', 80),
      hitta: p.takeLines('insats.plats.hitta', 3, 500),
    },
    langd: p.take('insats.langd', 200),
    kostnad: p.take('insats.kostnad', 200),
    platser: { antal: 10, lediga: 3, ko: false, kommentar: p.take('insats.platser.kommentar', 200) },
    tillganglighet: p.takeLines('insats.tillganglighet', 6, 1000),
    kontakt: { roll: p.take('insats.kontakt.roll', 200), telefon: '013-20 20 20', epost: 'kontakt@exempel.se', webb: ed.webb() },
    driftstatus: 'aktiv',
    ...review,
  };
}

function berattelseData(ed: XssEditor, ids: Ids, n: number): Record<string, unknown> {
  const p = ed.pool;
  return {
    slug: `xss-berattelse-${n}`,
    titel: p.take('berattelse.titel', 120),
    pseudonym: p.take('berattelse.pseudonym', 60),
    aldersgrupp: 'alder-30-44',
    ingress: p.take('berattelse.ingress', 300),
    utgangslage: richText(p, 'berattelse.utgangslage', 3, ed.linkBlocks(2)),
    steg: [1, 2].map(() => ({
      rubrik: p.take('berattelse.steg.rubrik', 120),
      text: p.takeLines('berattelse.steg.text', 3, 1200),
      aktor: connect(ids.aktor),
    })),
    aktorer: connect(ids.aktor),
    resultat: richText(p, 'berattelse.resultat', 3),
    insatser: connect(...ids.insatser),
    livssituationer: connect(ids.livssituation),
    samtyckeDatum: today,
    ...review,
  };
}

function kedjaData(ed: XssEditor, ids: Ids, n: number): Record<string, unknown> {
  const p = ed.pool;
  const steg = () => ({
    aktor: connect(ids.aktor),
    rubrik: p.take('kedja.steg.rubrik', 120),
    vadHander: p.takeLines('kedja.steg.vadHander', 2, 1200),
    regel: p.takeLines('kedja.steg.regel', 2, 1200),
    tid: p.take('kedja.steg.tid', 80),
    duKan: p.takeLines('kedja.steg.duKan', 2, 1200),
    insatser: connect(...ids.insatser.slice(0, 2)),
    parallell: false,
  });
  return {
    slug: `xss-kedja-${n}`,
    titel: p.take('kedja.titel', 160),
    livssituation: connect(ids.livssituation),
    introduktion: richText(p, 'kedja.introduktion', 3, ed.linkBlocks(2)),
    steg: [steg(), steg()],
    slut: { typ: n % 2 ? 'glapp' : 'arbete-studier', forklaring: p.takeLines('kedja.slut.forklaring', 2, 1200) },
    ...review,
  };
}

/** Start page texts, two payload puffs and one puff per link address the CMS accepted there; returns those addresses' markers. */
async function editStartsida(
  admin: AdminApi,
  pool: PayloadPool,
  outcomes: readonly SaveOutcome[],
  payloads: readonly Payload[],
): Promise<string[]> {
  const lankar = payloads.filter((x) => outcomes.some((o) => o.marker === x.marker && o.sink === 'startsida puff.lank' && o.accepted));
  const puffar = [
    ...[1, 2].map(() => ({ rubrik: pool.take('startsida.puff.rubrik', 80), text: pool.take('startsida.puff.text', 300), lank: '/vagval' })),
    ...lankar.map((l) => ({ rubrik: `Puff ${l.marker}`, text: 'En länk från CMS:et.', lank: l.text })),
  ];
  const data = {
    rubrik: pool.take('startsida.rubrik', 120),
    ingress: pool.takeLines('startsida.ingress', 3, 400),
    hittaRattText: pool.takeLines('startsida.hittaRattText', 3, 400),
    puffar,
  };
  await editSingle(admin, 'api::startsida.startsida', data);
  return lankar.map((l) => l.marker);
}

/** A single type is saved and published in one go, with the same data, as the admin does. */
async function editSingle(admin: AdminApi, uid: string, data: Record<string, unknown>): Promise<void> {
  expectStatus(await admin.request('PUT', SINGLE(uid), data), 200, `Ändra ${uid}`);
  expectStatus(await admin.request('POST', `${SINGLE(uid)}/actions/publish`, data), 200, `Publicera ${uid}`);
}

/** The accessibility statement's texts, a known problem included. */
async function editTillganglighet(admin: AdminApi, pool: PayloadPool): Promise<void> {
  await editSingle(admin, 'api::tillganglighetsredogorelse.tillganglighetsredogorelse', {
    titel: pool.take('tillganglighetsredogorelse.titel', 120),
    ingress: pool.takeLines('tillganglighetsredogorelse.ingress', 3, 600),
    efterlevnadText: richText(pool, 'tillganglighetsredogorelse.efterlevnadText', 2),
    kandaProblem: [
      {
        problem: pool.takeLines('tillganglighetsredogorelse.kandaProblem.problem', 2, 600),
        varfor: pool.takeLines('tillganglighetsredogorelse.kandaProblem.varfor', 2, 600),
        atgard: pool.takeLines('tillganglighetsredogorelse.kandaProblem.atgard', 2, 600),
      },
    ],
    lagstiftning: pool.takeLines('tillganglighetsredogorelse.lagstiftning', 3, 600),
  });
}

/** Probes, creates, edits and publishes; returns where the payloads ended up. */
export async function seedXssContent(admin: AdminApi, payloads: readonly Payload[]): Promise<SeededXss> {
  const scratch = expectStatus(
    await admin.request('POST', COLLECTION('api::insats.insats'), {
      slug: 'xss-utkast',
      namn: 'Utkast för prov',
      sammanfattning: 'Prov.',
      stodform: 'praktik',
      vagarIn: [{ typ: 'egen-anmalan' }],
      driftstatus: 'aktiv',
      ...review,
    }),
    201,
    'Skapa utkastet för prov',
  ) as { data: { documentId: string } };
  const outcomes = await probeSaves(admin, scratch.data.documentId, payloads);
  const ed = new XssEditor(admin, payloads, outcomes);
  const alts = payloads
    .filter((x) => x.kind === 'text')
    .slice(0, 6)
    .map((x) => x.text);

  const vocab = await createVocabularies(ed);
  const ids: Ids = { ...vocab, insatser: [], kedjor: [] };
  const insatser: SeededInsats[] = [];
  for (const n of [1, 2, 3, 4]) {
    const data = insatsData(ed, vocab, n, alts);
    ids.insatser.push(await ed.create('api::insats.insats', data));
    insatser.push({ slug: String(data.slug), namn: String(data.namn), sammanfattning: String(data.sammanfattning) });
  }
  for (const n of [1, 2]) await ed.create('api::berattelse.berattelse', berattelseData(ed, ids, n));
  for (const n of [1, 2]) ids.kedjor.push(await ed.create('api::kedja.kedja', kedjaData(ed, ids, n)));
  await createFragorAndBegrepp(ed, ids);
  await editExisting(ed);
  const lankMarkers = await editStartsida(admin, ed.pool, outcomes, payloads);
  await editTillganglighet(admin, ed.pool);
  if (ed.unplaced > 0) throw new Error(`${ed.unplaced} godtagna länkadresser fick ingen plats: lägg till fler länkfält i xss-content.ts.`);
  // Whatever the fields above did not take goes into one more rich-text field, so every payload is on a page.
  const rest = ed.pool.drain();
  if (rest.length > 0)
    await ed.update('api::insats.insats', ids.insatser[3] as string, { lattlast: rest.map((t, i) => payloadBlock(t, i)) });
  await ed.publishAll();
  return {
    pages: [...sitePaths(insatser), ...(rest.length > 0 ? ['/vagval/xss-insats-4/lattlast'] : [])],
    insatser,
    outcomes,
    placedLinks: [...ed.placedLinks, ...lankMarkers.map((marker) => ({ marker, sink: 'startsida puff.lank' as const }))],
    alts,
    fields: ed.pool.fields,
  };
}

async function createFragorAndBegrepp(ed: XssEditor, ids: Ids): Promise<void> {
  const p = ed.pool;
  for (const n of [1, 2, 3]) {
    await ed.create('api::fraga.fraga', {
      slug: `xss-fraga-${n}`,
      fraga: p.take('fraga.fraga', 200),
      svar: richText(p, 'fraga.svar', 2, ed.linkBlocks(2)),
      amne: connect(ids.amne),
      aktorer: connect(ids.aktor),
      insatser: connect(ids.insatser[n - 1] as string),
      kedjor: connect(...ids.kedjor),
      ...review,
    });
  }
  for (const n of [1, 2, 3]) {
    await ed.create('api::begrepp.begrepp', {
      slug: `xss-begrepp-${n}`,
      term: p.take('begrepp.term', 120),
      definition: p.takeLines('begrepp.definition', 3, 600),
      alias: [{ text: p.take('begrepp.alias', 300) }, { text: p.take('begrepp.alias', 300) }],
      ...review,
    });
  }
}

/** Edits of demo entries: a published insats and a published question get payloads too. */
async function editExisting(ed: XssEditor): Promise<void> {
  const p = ed.pool;
  const jonsbo = await ed.find('api::insats.insats', 'jonsbo');
  await ed.update('api::insats.insats', jonsbo, {
    sammanfattning: p.take('insats.sammanfattning', 200),
    krav: [{ text: p.take('insats.krav', 300) }],
  });
  const fraga = await ed.find('api::fraga.fraga', 'kostar-insatserna-nagot');
  await ed.update('api::fraga.fraga', fraga, { fraga: p.take('fraga.fraga', 200), svar: richText(p, 'fraga.svar', 2, ed.linkBlocks(10)) });
}

function sitePaths(insatser: readonly SeededInsats[]): string[] {
  return [
    '/',
    '/vagval',
    '/vagval/lediga-platser',
    '/vagval/kommun/kinda',
    '/vagval/malgrupp/xss-malgrupp',
    '/vagval/livssituation/xss-livssituation',
    '/vagval/jonsbo',
    ...insatser.map((i) => `/vagval/${i.slug}`),
    '/vagval/xss-insats-1/lattlast',
    '/vagval/xss-insats-2/lattlast',
    '/berattelser',
    '/berattelser/xss-berattelse-1',
    '/berattelser/xss-berattelse-2',
    '/sa-fungerar-valfardssystemet',
    '/sa-fungerar-valfardssystemet/xss-kedja-1',
    '/sa-fungerar-valfardssystemet/xss-kedja-2',
    '/vanliga-fragor',
    '/begrepp',
    '/aktorer',
    '/aktorer/xss-aktor',
    '/hitta-ratt',
    '/tillganglighetsredogorelse',
  ];
}
