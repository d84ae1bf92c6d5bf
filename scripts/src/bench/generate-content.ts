// Deterministic synthetic content for the benchmark: N insatser with proportional
// stories, FAQ, chains, organisations in all 290 municipalities and ~75 förbund.
//
// One model, two outputs:
//  - seed files in the same shapes as cms/data/*.json (relations by slug, or kod for
//    kommuner), which a temporary CMS loads through its document service
//    (VG_SEED_DEMO=true, VG_SEED_DATA_DIR=<dir>);
//  - a snapshot made from the same records by the real parts: the CMS seed's converter
//    (shared-schema's toDocumentData), shaped as the REST API returns entries, then the
//    pull's own normalise() (validation, references, rich text, paths, review status).
import fs from 'node:fs';
import path from 'node:path';
import {
  type AttributeInfo,
  CONTENT_TYPES,
  isSeedRecordPublished,
  type PopulateSpec,
  prepareSeedRecord,
  type SeedRecord as SharedSeedRecord,
  type Snapshot,
  STODFORMER,
  slugify,
  toDocumentData,
  VAG_IN_TYPER,
} from '@vg/shared-schema';
import { CMS_DIR } from '../lib/paths.ts';
import { normalise } from '../pull/normalise.ts';

export type SeedRecord = SharedSeedRecord;
/** File name (as in cms/data) → its JSON content. */
export type SeedFiles = Record<string, SeedRecord[] | SeedRecord>;

/** The day the synthetic snapshot is "pulled": fixed, so the output is byte-identical for a seed. */
export const BENCH_NOW = new Date('2026-11-22T12:00:00.000Z');

const DATA_DIR = path.join(CMS_DIR, 'data');

/** Seed files copied as they are: the real vocabularies, actors, glossary and single types. */
const STATIC_FILES = [
  'kommuner.json',
  'lan.json',
  'malgrupper.json',
  'livssituationer.json',
  'amnen.json',
  'aktorer.json',
  'begrepp.json',
  'startsida.json',
  'tillganglighetsredogorelse.json',
  'hitta-ratt.json',
] as const;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence everywhere. */
/** A slug cut to a DNS label's size, never ending in a hyphen (a host name's labels may not). */
const hostLabel = (slug: string) => slug.slice(0, 40).replace(/-+$/, '');

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
  date(from: string, days: number): string {
    const d = new Date(`${from}T00:00:00.000Z`);
    d.setUTCDate(d.getUTCDate() + this.int(0, days));
    return d.toISOString().slice(0, 10);
  }
}

// ---------------------------------------------------------------------------------------------
// The real data the synthetic content is made from
// ---------------------------------------------------------------------------------------------

interface Kommun {
  kod: string;
  namn: string;
  slug: string;
  lan: string;
}
interface Lan {
  kod: string;
  namn: string;
}

const readData = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

interface Sources {
  kommuner: Kommun[];
  lan: Lan[];
  malgrupper: string[];
  livssituationer: string[];
  amnen: string[];
  aktorer: string[];
  insatser: SeedRecord[];
  kedjor: SeedRecord[];
  berattelser: SeedRecord[];
  fragor: SeedRecord[];
  /** Sentences from the real texts, to build paragraphs of realistic length. */
  sentences: string[];
  statics: SeedFiles;
}

let cachedSources: Sources | undefined;

function sources(): Sources {
  if (cachedSources) return cachedSources;
  const slugs = (file: string) => readData<{ slug: string }[]>(file).map((r) => r.slug);
  const insatser = readData<SeedRecord[]>('insatser.json');
  const berattelser = readData<SeedRecord[]>('berattelser.json').filter((b) => b.samtycke);
  const texts: string[] = [];
  for (const i of insatser) for (const p of (i.beskrivning as unknown[]) ?? []) if (typeof p === 'string') texts.push(p);
  for (const b of berattelser)
    for (const f of ['utgangslage', 'resultat']) for (const p of (b[f] as unknown[]) ?? []) if (typeof p === 'string') texts.push(p);
  const sentences = [
    ...new Set(
      texts
        .flatMap((t) => t.split(/(?<=[.!?])\s+/))
        .map((s) => s.trim())
        .filter((s) => s.length > 20),
    ),
  ];
  const statics: SeedFiles = {};
  for (const file of STATIC_FILES) statics[file] = readData<SeedRecord[] | SeedRecord>(file);
  cachedSources = {
    kommuner: readData<Kommun[]>('kommuner.json'),
    lan: readData<Lan[]>('lan.json'),
    malgrupper: slugs('malgrupper.json'),
    livssituationer: slugs('livssituationer.json'),
    amnen: slugs('amnen.json'),
    aktorer: slugs('aktorer.json'),
    insatser,
    kedjor: readData<SeedRecord[]>('kedjor.json'),
    berattelser,
    fragor: readData<SeedRecord[]>('fragor.json'),
    sentences,
    statics,
  };
  return cachedSources;
}

// ---------------------------------------------------------------------------------------------
// Proportions
// ---------------------------------------------------------------------------------------------

export interface ContentCounts {
  insatser: number;
  berattelser: number;
  fragor: number;
  kedjor: number;
  forbund: number;
}

/** How much of everything N insatser come with (the real service's proportions). */
export function countsFor(n: number): ContentCounts {
  return {
    insatser: n,
    berattelser: Math.max(4, Math.round(n / 8)),
    fragor: Math.max(25, Math.round(n / 20)),
    kedjor: Math.max(4, Math.round(n / 100)),
    forbund: 75,
  };
}

// ---------------------------------------------------------------------------------------------
// Seed-format generation
// ---------------------------------------------------------------------------------------------

const genitive = (namn: string) => (/[sxz]$/.test(namn) ? namn : `${namn}s`);

const INSATS_NAMN = [
  'Arbetsträning',
  'Grön rehabilitering',
  'Steg till arbete',
  'Språkcafé',
  'Studiestart',
  'Jobbcoachning',
  'Hälsoskolan',
  'Vägledningscentrum',
  'Kom igång',
  'Resursteamet',
  'Återbruket',
  'Mötesplatsen',
  'Snickeriet',
  'Ateljén',
  'IPS – individanpassat stöd',
  'Samordnat stöd',
  'Praktik med handledare',
  'Kafé och kök',
  'Trädgårdsgruppen',
  'Motivationsgruppen',
  'Yrkessvenska',
  'Steget vidare',
  'Balans i vardagen',
  'Nystart',
];
const AKTIVITETER = [
  'Trädgård',
  'Café',
  'Kök',
  'Snickeri',
  'Lager',
  'Butik',
  'Djurskötsel',
  'Samtal i grupp',
  'Promenader',
  'Studiebesök',
  'Jobbsökning',
  'Lokalvård',
  'Cykelverkstad',
  'Data och IT',
];
const SPRAK = ['svenska', 'lätt svenska', 'engelska', 'arabiska', 'somaliska', 'dari', 'tigrinja', 'finska', 'persiska'];
const PSEUDONYMER = [
  'Sara',
  'Ahmed',
  'Lina',
  'Jonas',
  'Maria',
  'Omar',
  'Emma',
  'Ali',
  'Karin',
  'Johan',
  'Fatima',
  'Erik',
  'Nadia',
  'Mikael',
];
const DRIFT = ['aktiv', 'aktiv', 'aktiv', 'aktiv', 'aktiv', 'aktiv', 'pausad', 'permanentas', 'avslutad'] as const;

/** A unique slug: the base, or the base with a number until it is free. */
function uniqueSlug(base: string, taken: Set<string>): string {
  const root = slugify(base).slice(0, 90).replace(/-+$/, '');
  let slug = root;
  for (let i = 2; taken.has(slug); i++) slug = `${root}-${i}`;
  taken.add(slug);
  return slug;
}

function paragraph(r: Random, sentences: readonly string[], min: number, max: number, limit = 1000): string {
  let text = r.sample(sentences, r.int(min, max)).join(' ');
  if (text.length > limit) text = `${text.slice(0, limit - 1).replace(/\s+\S*$/, '')}.`;
  return text;
}

const shortText = (r: Random, sentences: readonly string[], limit: number) => {
  for (let i = 0; i < 20; i++) {
    const s = r.pick(sentences);
    if (s.length <= limit) return s;
  }
  return `${r
    .pick(sentences)
    .slice(0, limit - 1)
    .replace(/\s+\S*$/, '')}.`;
};

const phone = (r: Random) => `0${r.int(10, 99)}-${r.int(100, 999)} ${r.int(10, 99)} ${r.int(10, 99)}`;

/**
 * The generated content in seed-file form (cms/data/*.json shapes), for N insatser.
 * Same n and seed → the same records, in the same order.
 */
export function generateSeedFiles(n: number, seed: number): SeedFiles {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Antalet insatser måste vara ett positivt heltal (fick ${n}).`);
  const src = sources();
  const r = new Random(seed);
  const counts = countsFor(n);
  const kommunByKod = new Map(src.kommuner.map((k) => [k.kod, k]));
  const lanNamn = new Map(src.lan.map((l) => [l.kod, l.namn]));

  // Organisations: every kommun, every region, the two national agencies, a förbund office each, and civil society.
  const orgSlugs = new Set<string>();
  const organisationer: SeedRecord[] = [];
  const kommunOrg = new Map<string, string>();
  for (const k of src.kommuner) {
    const slug = uniqueSlug(`${k.slug}-kommun`, orgSlugs);
    kommunOrg.set(k.kod, slug);
    const org: SeedRecord = { slug, namn: `${genitive(k.namn)} kommun`, typ: 'kommun', kommun: k.kod };
    if (r.chance(0.2)) org.aktor = r.pick(['socialtjansten', 'arbetsmarknadsenheten']);
    if (r.chance(0.9)) org.webb = `https://${k.slug}.example.se`;
    organisationer.push(org);
  }
  const regionOrg = new Map<string, string>();
  for (const l of src.lan) {
    const namn = `Region ${l.namn.replace(/s? län$/, '').replace(/ län$/, '')}`;
    const slug = uniqueSlug(namn, orgSlugs);
    regionOrg.set(l.kod, slug);
    organisationer.push({ slug, namn, typ: 'region', aktor: 'regionen', webb: `https://${slug}.example.se` });
  }
  const fk = uniqueSlug('forsakringskassan', orgSlugs);
  const af = uniqueSlug('arbetsformedlingen', orgSlugs);
  organisationer.push(
    { slug: fk, namn: 'Försäkringskassan', typ: 'myndighet', aktor: 'forsakringskassan', webb: 'https://forsakringskassan.example.se' },
    { slug: af, namn: 'Arbetsförmedlingen', typ: 'myndighet', aktor: 'arbetsformedlingen', webb: 'https://arbetsformedlingen.example.se' },
  );

  // Förbund: ~75, each covering neighbouring municipalities of one county; together they cover all 290.
  const forbundSlugs = new Set<string>();
  const forbund: SeedRecord[] = [];
  const forbundKommuner = new Map<string, string[]>();
  const lanKommuner = new Map<string, Kommun[]>();
  for (const k of src.kommuner) lanKommuner.set(k.lan, [...(lanKommuner.get(k.lan) ?? []), k]);
  for (const [lan, kommuner] of lanKommuner) {
    const parts = Math.max(1, Math.round((kommuner.length * counts.forbund) / src.kommuner.length));
    for (let p = 0; p < parts; p++) {
      const group = kommuner.filter((_, i) => i % parts === p);
      if (group.length === 0) continue;
      const first = group[0] as Kommun;
      const namn = group.length === 1 ? `Samordningsförbundet ${first.namn}` : `Samordningsförbundet ${first.namn} med grannkommuner`;
      const slug = uniqueSlug(namn.replace('Samordningsförbundet ', ''), forbundSlugs);
      const office = uniqueSlug(`samordningsforbundet-${slug}`, orgSlugs);
      organisationer.push({ slug: office, namn, typ: 'forbund', aktor: 'samordningsforbund' });
      const kommunKoder = group.map((k) => k.kod);
      forbundKommuner.set(slug, kommunKoder);
      const record: SeedRecord = {
        slug,
        namn,
        lan,
        kommuner: kommunKoder,
        medlemmar: [...kommunKoder.map((kod) => kommunOrg.get(kod) as string), regionOrg.get(lan) as string, fk, af],
        beskrivning: [
          `${namn} finns för dig som bor i ${group.map((k) => k.namn).join(', ')} och behöver stöd från flera myndigheter samtidigt.`,
          `Förbundets medlemmar är kommunerna, ${String(lanNamn.get(lan)).replace(/s? län$/, '')}s region, Försäkringskassan och Arbetsförmedlingen. Tillsammans betalar de för insatser där personal från olika håll arbetar med samma mål.`,
        ],
      };
      if (r.chance(0.5)) record.kortnamn = `SF ${first.namn.slice(0, 12)}`;
      if (r.chance(0.8))
        record.kontakt = {
          roll: 'Förbundets kansli',
          epost: `kansliet@${hostLabel(slug)}.example.se`,
          telefon: phone(r),
          webb: `https://${hostLabel(slug)}.example.se`,
        };
      if (r.chance(0.7)) record.senastGranskad = r.date('2025-09-01', 440);
      forbund.push(record);
    }
  }
  const forbundList = [...forbundKommuner.keys()];

  // Civil society and companies: about one per 30 insatser.
  const civilOrgs: { slug: string; kod: string }[] = [];
  for (let i = 0; i < Math.max(5, Math.round(n / 30)); i++) {
    const k = r.pick(src.kommuner);
    const foretag = r.chance(0.25);
    const namn = foretag
      ? `Kooperativet ${r.pick(['Nystart', 'Växa', 'Hantverket', 'Gröna händer', 'Mötet'])} i ${k.namn}`
      : `Föreningen ${r.pick(['Gröna steget', 'Språkvännerna', 'Vägvisaren', 'Lärvägen', 'Gemenskapen'])} ${k.namn}`;
    const slug = uniqueSlug(namn, orgSlugs);
    civilOrgs.push({ slug, kod: k.kod });
    const org: SeedRecord = { slug, namn, typ: foretag ? 'foretag' : 'civilsamhalle', aktor: 'civilsamhallet', kommun: k.kod };
    if (r.chance(0.6)) org.webb = `https://${slug.slice(0, 50)}.example.se`;
    organisationer.push(org);
  }

  // Insatser.
  const insatsSlugs = new Set<string>();
  const insatser: SeedRecord[] = [];
  const programs: string[] = [];
  for (let i = 0; i < n; i++) {
    const inForbund = r.chance(0.7);
    const fslug = inForbund ? r.pick(forbundList) : undefined;
    const pool = fslug ? (forbundKommuner.get(fslug) as string[]) : [r.pick(src.kommuner).kod];
    const digital = r.chance(0.03);
    const kommuner = digital && r.chance(0.5) ? [] : r.sample(pool, r.chance(0.7) ? 1 : r.int(1, pool.length));
    const hem = kommunByKod.get(kommuner[0] ?? pool[0] ?? '') ?? (src.kommuner[0] as Kommun);
    const namn = digital ? `${r.pick(INSATS_NAMN)} på distans` : `${r.pick(INSATS_NAMN)} ${hem.namn}`;
    const slug = uniqueSlug(namn, insatsSlugs);
    const civil = civilOrgs.filter((c) => c.kod === hem.kod);
    const organisation =
      civil.length > 0 && r.chance(0.3)
        ? r.pick(civil).slug
        : r.chance(0.1)
          ? (regionOrg.get(hem.lan) as string)
          : (kommunOrg.get(hem.kod) as string);
    const minimal = r.chance(0.15);
    const rec: SeedRecord = {
      slug,
      namn,
      sammanfattning: shortText(r, src.sentences, 200),
      beskrivning: Array.from({ length: minimal ? 1 : r.int(2, 5) }, () => paragraph(r, src.sentences, 1, 3)),
      stodform: r.pick(STODFORMER),
      malgrupper: r.sample(src.malgrupper, minimal ? 0 : r.int(1, 3)),
      livssituationer: r.sample(src.livssituationer, minimal ? 0 : r.int(1, 3)),
      organisation,
      kommuner,
      vagarIn: r
        .sample(VAG_IN_TYPER, r.int(1, 3))
        .map((typ) => (r.chance(0.5) ? { typ, beskrivning: shortText(r, src.sentences, 300) } : { typ })),
      driftstatus: r.pick(DRIFT),
      senastGranskad: r.date('2025-06-01', 540),
      granskningsintervallManader: r.pick([6, 12, 12, 12, 24]),
    };
    if (fslug) rec.forbund = fslug;
    if (digital) rec.digital = true;
    if (!minimal) {
      if (r.chance(0.9)) rec.aktiviteter = r.sample(AKTIVITETER, r.int(1, 5));
      if (r.chance(0.9))
        rec.kostnad = r.pick(['Kostar ingenting.', 'Kostar ingenting. Lunch ingår.', 'Gratis. Du betalar själv för resan.']);
      if (r.chance(0.9)) rec.sprak = r.sample(SPRAK, r.int(1, 3));
      if (r.chance(0.9))
        rec.kontakt = { roll: `Samordnare för ${namn}`.slice(0, 120), telefon: phone(r), epost: `kontakt@${hostLabel(slug)}.example.se` };
      if (r.chance(0.85)) {
        const min = r.int(2, 20);
        rec.timmarPerVecka = r.chance(0.8) ? { min, max: r.int(min, 40) } : { min };
      }
      if (r.chance(0.75)) {
        const antal = r.int(5, 60);
        rec.platser = {
          antal,
          lediga: r.int(0, antal),
          ko: r.chance(0.3),
          // Up to 45 days old: about a third are past the 30 days after which the pull shows them as unknown.
          uppdaterad: new Date(BENCH_NOW.getTime() - r.int(0, 45) * 86_400_000).toISOString(),
          ...(r.chance(0.3) ? { kommentar: 'Nya grupper startar varje månad.' } : {}),
        };
      }
      if (!digital && r.chance(0.7))
        rec.plats = {
          ...(r.chance(0.5) ? { namn: `${r.pick(INSATS_NAMN)}s lokal`.slice(0, 120) } : {}),
          adress: `${r.pick(['Storgatan', 'Torpvägen', 'Verkstadsgatan', 'Skolgatan', 'Parkvägen'])} ${r.int(1, 80)}`,
          postnummer: `${r.int(100, 989)} ${r.int(10, 99)}`,
          ort: hem.namn,
          ...(r.chance(0.5) ? { hitta: shortText(r, src.sentences, 500) } : {}),
        };
      if (r.chance(0.65)) rec.langd = r.pick(['Upp till 12 månader.', 'Oftast 3–6 månader.', 'Så länge du behöver, oftast ett år.']);
      if (r.chance(0.6)) rec.langdManader = r.int(1, 24);
      if (r.chance(0.6)) rec.tillganglighet = shortText(r, src.sentences, 1000);
      if (r.chance(0.5)) rec.krav = Array.from({ length: r.int(1, 3) }, () => shortText(r, src.sentences, 300));
      if (r.chance(0.3)) rec.steg = Array.from({ length: r.int(2, 4) }, () => shortText(r, src.sentences, 300));
      if (r.chance(0.2)) {
        const start = r.date('2023-01-01', 1200);
        rec.period = r.chance(0.5) ? { start, slut: r.date(start, 900) } : { start };
      }
      if (r.chance(0.12)) rec.lattlast = Array.from({ length: r.int(3, 7) }, () => shortText(r, src.sentences, 120));
    }
    // A few programmes with parts (Samordningsbron → Samordningsbron Kinda): parents are earlier entries without a parent.
    if (programs.length > 0 && r.chance(0.03)) rec.forelder = r.pick(programs);
    else if (r.chance(0.02)) programs.push(slug);
    insatser.push(rec);
  }
  const insatsList = insatser.map((i) => i.slug as string);

  // Chains: variants of the real ones, with other insatser in their steps.
  const kedjaSlugs = new Set<string>();
  const kedjor: SeedRecord[] = [];
  for (let i = 0; i < counts.kedjor; i++) {
    const base = src.kedjor[i % src.kedjor.length] as SeedRecord;
    const lan = src.lan[Math.floor(i / src.kedjor.length) % src.lan.length] as Lan;
    const variant = i >= src.kedjor.length;
    const titel = variant ? `${String(base.titel)} (${lan.namn})`.slice(0, 160) : String(base.titel);
    const slug = uniqueSlug(variant ? `${String(base.slug)}-${lan.namn}` : String(base.slug), kedjaSlugs);
    kedjor.push({
      ...base,
      slug,
      titel,
      steg: (base.steg as SeedRecord[]).map((s) => ({ ...s, insatser: r.sample(insatsList, r.int(0, 3)) })),
    });
  }
  const kedjaList = kedjor.map((k) => k.slug as string);

  // Stories: the real ones retold with other names and insatser.
  const berattelseSlugs = new Set<string>();
  const berattelser: SeedRecord[] = [];
  for (let i = 0; i < counts.berattelser; i++) {
    const base = src.berattelser[i % src.berattelser.length] as SeedRecord;
    const pseudonym = r.pick(PSEUDONYMER);
    const slug = uniqueSlug(`${pseudonym}-${String(base.titel)}`, berattelseSlugs);
    const minimal = r.chance(0.15);
    const rec: SeedRecord = {
      ...base,
      slug,
      pseudonym,
      ingress: String(base.ingress).replace(/^[A-ZÅÄÖ][a-zåäö]+/, pseudonym),
      insatser: r.sample(insatsList, r.int(1, 3)),
      samtycke: { datum: r.date('2025-01-01', 600) },
      senastGranskad: r.date('2025-06-01', 540),
    };
    if (minimal) {
      rec.steg = [];
      delete rec.aldersgrupp;
    }
    berattelser.push(rec);
  }

  // FAQ: the real questions, then variants per municipality.
  const fragaSlugs = new Set<string>();
  const fragor: SeedRecord[] = [];
  for (let i = 0; i < counts.fragor; i++) {
    const base = src.fragor[i % src.fragor.length] as SeedRecord;
    const variant = i >= src.fragor.length;
    const k = r.pick(src.kommuner);
    const fraga = variant ? `${String(base.fraga).replace(/\?$/, '')} i ${k.namn}?`.slice(0, 200) : String(base.fraga);
    fragor.push({
      ...base,
      slug: uniqueSlug(variant ? `${String(base.slug)}-${k.slug}` : String(base.slug), fragaSlugs),
      fraga,
      amne: r.pick(src.amnen),
      insatser: r.sample(insatsList, r.int(0, 2)),
      kedjor: r.sample(kedjaList, r.int(0, 1)),
      senastGranskad: r.date('2025-06-01', 540),
    });
  }

  return {
    ...src.statics,
    'organisationer.json': organisationer,
    'forbund.json': forbund,
    'insatser.json': insatser,
    'kedjor.json': kedjor,
    'berattelser.json': berattelser,
    'fragor.json': fragor,
  };
}

/** Writes the seed files into `dir` (created), for a CMS started with VG_SEED_DATA_DIR=dir. */
export function writeSeedFiles(dir: string, files: SeedFiles): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), `${JSON.stringify(content, null, 1)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Seed files → snapshot: the CMS seed's converter, the REST API's shape, the pull's normaliser
// ---------------------------------------------------------------------------------------------

interface Attribute extends AttributeInfo {
  mappedBy?: string;
  default?: unknown;
}
type Attributes = Record<string, Attribute>;

interface ContentTypeInfo {
  attributes: Attributes;
  localized: boolean;
}

const API_DIR = path.join(CMS_DIR, 'src', 'api');
const COMPONENTS_DIR = path.join(CMS_DIR, 'src', 'components');

/** The content type's attributes, read from its schema.json (the CMS's own definition). */
export function contentTypeAttributes(uid: string): ContentTypeInfo {
  const name = uid.split('.')[1] ?? '';
  const schema = JSON.parse(fs.readFileSync(path.join(API_DIR, name, 'content-types', name, 'schema.json'), 'utf8')) as {
    attributes: Attributes;
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  return { attributes: schema.attributes, localized: schema.pluginOptions?.i18n?.localized === true };
}

const componentCache = new Map<string, Attributes>();
function componentAttributes(uid: string): Attributes {
  const cached = componentCache.get(uid);
  if (cached) return cached;
  const [category, name] = uid.split('.');
  const schema = JSON.parse(fs.readFileSync(path.join(COMPONENTS_DIR, category ?? '', `${name}.json`), 'utf8')) as {
    attributes: Attributes;
  };
  componentCache.set(uid, schema.attributes);
  return schema.attributes;
}

interface Ref {
  id: number;
  documentId: string;
  slug: string;
}

/**
 * Document-service data as the REST API returns it with the type's populate spec: relations
 * as { id, documentId, slug }, components with ids, and what an entry leaves out filled the way
 * Strapi fills it (defaults, empty lists, null). Inverse relations are filled in afterwards.
 */
function asRestEntry(
  data: SeedRecord,
  attributes: Attributes,
  populate: PopulateSpec,
  refOf: (documentId: string) => Ref,
  nextComponentId: () => number,
): SeedRecord {
  const out: SeedRecord = {};
  for (const [field, attr] of Object.entries(attributes)) {
    if (attr.type === 'relation' && !(field in populate)) continue; // not populated by the pull (e.g. skribenter)
    if (attr.mappedBy) continue;
    const value = data[field];
    if (value === undefined || value === null) {
      const many = attr.relation === 'manyToMany' || attr.relation === 'oneToMany';
      if (attr.type === 'relation') out[field] = many ? [] : null;
      else if (attr.type === 'component' && attr.repeatable) out[field] = [];
      else out[field] = attr.default ?? null;
      continue;
    }
    if (attr.type === 'relation') {
      out[field] = Array.isArray(value) ? value.map((id) => refOf(String(id))) : refOf(String(value));
    } else if (attr.type === 'component') {
      const how = populate[field];
      const nested: PopulateSpec = how && how !== true && 'populate' in how ? how.populate : {};
      const attrs = componentAttributes(attr.component ?? '');
      const item = (v: unknown) => ({ id: nextComponentId(), ...asRestEntry(v as SeedRecord, attrs, nested, refOf, nextComponentId) });
      out[field] = attr.repeatable ? (value as unknown[]).map(item) : item(value);
    } else out[field] = value;
  }
  return out;
}

/** The other side of a relation (an insats's parts are the insatser that name it as parent). */
function fillInverseRelations(entries: Map<string, SeedRecord[]>): void {
  for (const type of CONTENT_TYPES) {
    for (const [field, attr] of Object.entries(contentTypeAttributes(type.uid).attributes)) {
      if (!attr.mappedBy || !(field in type.populate)) continue;
      const others = entries.get(attr.target ?? '') ?? [];
      for (const entry of entries.get(type.uid) ?? []) {
        entry[field] = others
          .filter((other) => {
            const link = other[attr.mappedBy as string];
            return (Array.isArray(link) ? link : [link]).some((ref) => (ref as Ref | null)?.documentId === entry.documentId);
          })
          .map((other) => ({ id: other.id, documentId: other.documentId, slug: other.slug }));
      }
    }
  }
}

/**
 * Converts seed files into a snapshot with the project's own parts: each record prepared and
 * converted as the CMS's seed does, shaped as the REST API returns it, and then validated,
 * linked and rendered by the pull's normalise(). Synthetic content that the pull would refuse
 * is an error here too.
 */
export function seedFilesToSnapshot(files: SeedFiles, seed: number, now: Date = BENCH_NOW): Snapshot {
  const r = new Random(seed ^ 0x5eed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const newDocumentId = () => Array.from({ length: 24 }, () => alphabet[Math.floor(r.next() * alphabet.length)]).join('');
  const lanNamn = new Map((files['lan.json'] as { kod: string; namn: string }[]).map((l) => [l.kod, l.namn]));
  const lookups = {
    lanName: (code: string) => {
      const namn = lanNamn.get(code);
      if (!namn) throw new Error(`kommuner.json: länskoden "${code}" finns inte i lan.json.`);
      return namn;
    },
  };
  const types = CONTENT_TYPES.flatMap((type) =>
    type.seed && type.snapshot ? [{ ...type, seed: type.seed as { file: string; key?: string } }] : [],
  );

  // 1. Identities: id and documentId of every published entry, by seed key and by documentId.
  const byKey = new Map<string, Map<string, Ref>>();
  const byDocumentId = new Map<string, Ref>();
  const records = new Map<string, SeedRecord[]>();
  for (const type of types) {
    const raw = files[type.seed.file];
    const published = (Array.isArray(raw) ? raw : raw ? [raw] : [])
      .map((rec) => prepareSeedRecord(type.uid, rec, lookups))
      .filter((rec) => isSeedRecordPublished(type.uid, rec));
    records.set(type.uid, published);
    const keys = new Map<string, Ref>();
    published.forEach((rec, i) => {
      const ref = { id: i + 1, documentId: newDocumentId(), slug: String(rec.slug ?? '') };
      keys.set(String(rec[type.seed.key ?? 'slug']), ref);
      byDocumentId.set(ref.documentId, ref);
    });
    byKey.set(type.uid, keys);
  }
  const refOf = (documentId: string): Ref => {
    const ref = byDocumentId.get(documentId);
    if (!ref) throw new Error(`Ingen post har documentId ${documentId}.`);
    return { id: ref.id, documentId: ref.documentId, slug: ref.slug };
  };

  // 2. Entries: the seed's converter, then the REST API's shape.
  let componentId = 0;
  const entries = new Map<string, SeedRecord[]>();
  for (const type of types) {
    const info = contentTypeAttributes(type.uid);
    const keys = byKey.get(type.uid) as Map<string, Ref>;
    const list = (records.get(type.uid) ?? []).map((rec) => {
      const key = String(rec[type.seed.key ?? 'slug']);
      const ref = keys.get(key) as Ref;
      const ctx = {
        componentAttributes: (uid: string) => componentAttributes(uid),
        resolve: (target: string, k: string) => byKey.get(target)?.get(k)?.documentId,
        where: `${type.seed.file} "${key}"`,
      };
      const data = toDocumentData(rec, info.attributes, ctx);
      const body = asRestEntry(data, info.attributes, type.populate, refOf, () => ++componentId);
      return { id: ref.id, documentId: ref.documentId, ...(info.localized ? { locale: 'sv' } : {}), ...body };
    });
    entries.set(type.uid, list);
  }
  fillInverseRelations(entries);

  // 3. The pull's normaliser.
  const source = `bench:synthetic?n=${(files['insatser.json'] as unknown[]).length}&seed=${seed}`;
  const result = normalise(entries, { cmsUrl: source, allowInvalid: false, now });
  if (!result.snapshot) {
    const errors = result.problems.filter((p) => p.severity === 'error').slice(0, 10);
    throw new Error(
      `Det genererade innehållet klarar inte hämtningens kontroller:\n${errors.map((p) => `  - ${p.contentType} "${p.slug}" ${p.field}: ${p.message}`).join('\n')}`,
    );
  }
  return result.snapshot;
}

/** A snapshot of synthetic content for N insatser, deterministic from the seed. */
export function generateSnapshot(n: number, seed: number, now: Date = BENCH_NOW): Snapshot {
  return seedFilesToSnapshot(generateSeedFiles(n, seed), seed, now);
}
