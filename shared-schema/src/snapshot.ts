import { z } from 'zod';
import { AktorSchema } from './content/aktor.ts';
import { AmneSchema } from './content/amne.ts';
import { BegreppSchema } from './content/begrepp.ts';
import { BerattelseSchema } from './content/berattelse.ts';
import { IsoDateSchema } from './content/common.ts';
import { ForbundSchema } from './content/forbund.ts';
import { FragaSchema } from './content/fraga.ts';
import { InsatsSchema } from './content/insats.ts';
import { KedjaSchema } from './content/kedja.ts';
import { KommunSchema } from './content/kommun.ts';
import { LivssituationSchema } from './content/livssituation.ts';
import { MalgruppSchema } from './content/malgrupp.ts';
import { OrganisationSchema } from './content/organisation.ts';
import { StartsidaSchema } from './content/startsida.ts';
import { TillganglighetsredogorelseSchema } from './content/tillganglighetsredogorelse.ts';
import { GuideFlowSchema } from './guide/flow.ts';

/**
 * The content snapshot: everything the site is built from, pulled from the CMS,
 * validated and normalised. Versioned: a reader refuses a version it does not
 * know. Format (docs/snapshot-format.md):
 *
 *   { format, version, generatedAt, source, collections: { <name>: SnapshotItem[] }, singles: {…} }
 *
 * Each item keeps the CMS entry exactly as its shared-schema schema describes it
 * (`data`: relations as { documentId, slug } references that are guaranteed to
 * resolve inside the snapshot), plus what the pipeline derived: rich text
 * rendered to safe HTML by the allow-list renderer (`html`), the public path,
 * and the review status.
 */
export const SNAPSHOT_FORMAT = 'valfardsguiden-snapshot';
export const SNAPSHOT_VERSION = 1;

/** When an entry was reviewed and when it is due again. */
export const GranskningSchema = z.object({
  /** Senast granskad, as entered by the editor. */
  senastGranskad: IsoDateSchema,
  /** senastGranskad + the review interval. */
  nastaGranskning: IsoDateSchema,
  /** True when nastaGranskning is before the snapshot's date: listed in the stale-content report. */
  forfallen: z.boolean(),
});
export type Granskning = z.infer<typeof GranskningSchema>;

/** One entry in the snapshot: the validated CMS data and what the pipeline derived from it. */
export const snapshotItem = <T extends z.ZodType>(data: T) =>
  z.object({
    data,
    /** Rich-text fields rendered to HTML by the allow-list renderer, by field name. The only HTML a page may output. */
    html: z.record(z.string(), z.string()),
    /** The entry's own page on the site (`/vagval/jonsbo`), or null when it has none. */
    path: z.string().nullable(),
    /** Review status for publishable entries; null for vocabularies. */
    granskning: GranskningSchema.nullable(),
  });

/** Collections in the snapshot: name → the schema of each entry. Order is the pull order. */
export const SNAPSHOT_COLLECTIONS = {
  kommuner: KommunSchema,
  malgrupper: MalgruppSchema,
  livssituationer: LivssituationSchema,
  amnen: AmneSchema,
  aktorer: AktorSchema,
  organisationer: OrganisationSchema,
  forbund: ForbundSchema,
  insatser: InsatsSchema,
  kedjor: KedjaSchema,
  berattelser: BerattelseSchema,
  fragor: FragaSchema,
  begrepp: BegreppSchema,
} as const;
export type SnapshotCollectionName = keyof typeof SNAPSHOT_COLLECTIONS;

export const SNAPSHOT_SINGLES = {
  startsida: StartsidaSchema,
  tillganglighetsredogorelse: TillganglighetsredogorelseSchema,
  hittaRatt: GuideFlowSchema,
} as const;
export type SnapshotSingleName = keyof typeof SNAPSHOT_SINGLES;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** When the pull ran (ISO date-time). Stale-content status is relative to this. */
  generatedAt: z.iso.datetime(),
  /** Where the content came from: the CMS URL. */
  source: z.string(),
  collections: z.object({
    kommuner: z.array(snapshotItem(KommunSchema)),
    malgrupper: z.array(snapshotItem(MalgruppSchema)),
    livssituationer: z.array(snapshotItem(LivssituationSchema)),
    amnen: z.array(snapshotItem(AmneSchema)),
    aktorer: z.array(snapshotItem(AktorSchema)),
    organisationer: z.array(snapshotItem(OrganisationSchema)),
    forbund: z.array(snapshotItem(ForbundSchema)),
    insatser: z.array(snapshotItem(InsatsSchema)),
    kedjor: z.array(snapshotItem(KedjaSchema)),
    berattelser: z.array(snapshotItem(BerattelseSchema)),
    fragor: z.array(snapshotItem(FragaSchema)),
    begrepp: z.array(snapshotItem(BegreppSchema)),
  }),
  singles: z.object({
    startsida: snapshotItem(StartsidaSchema).nullable(),
    tillganglighetsredogorelse: snapshotItem(TillganglighetsredogorelseSchema).nullable(),
    /** The Hitta rätt question flow, as edited in the CMS. */
    hittaRatt: snapshotItem(GuideFlowSchema).nullable(),
  }),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotItem<K extends SnapshotCollectionName> = Snapshot['collections'][K][number];

/** Thrown when a snapshot cannot be used; the message says what to do. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Parses a snapshot, refusing unknown formats and versions with a message that
 * says what to do, and reporting every schema problem with its path.
 */
export function parseSnapshot(json: unknown, where = 'ögonblicksbilden'): Snapshot {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(
      `${where} är inte en ögonblicksbild av Välfärdsguidens innehåll (fältet "format" ska vara "${SNAPSHOT_FORMAT}").`,
    );
  }
  if (head.data.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `${where} har formatversion ${head.data.version}, men den här koden läser version ${SNAPSHOT_VERSION}. Hämta innehållet igen med "pnpm pull" (eller uppdatera koden om filen är nyare).`,
    );
  }
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new SnapshotError(`${where} följer inte formatet:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Which content type fills which part of the snapshot, and where its pages live on the site. */
export const SNAPSHOT_SOURCES: readonly {
  uid: string;
  name: SnapshotCollectionName | SnapshotSingleName;
  kind: 'collection' | 'single';
  /** Public path of an entry, from its slug; null when entries have no page of their own. */
  path: ((slug: string) => string) | null;
}[] = [
  { uid: 'api::kommun.kommun', name: 'kommuner', kind: 'collection', path: null },
  { uid: 'api::malgrupp.malgrupp', name: 'malgrupper', kind: 'collection', path: null },
  { uid: 'api::livssituation.livssituation', name: 'livssituationer', kind: 'collection', path: null },
  { uid: 'api::amne.amne', name: 'amnen', kind: 'collection', path: null },
  { uid: 'api::aktor.aktor', name: 'aktorer', kind: 'collection', path: (s) => `/aktorer/${s}` },
  { uid: 'api::organisation.organisation', name: 'organisationer', kind: 'collection', path: null },
  { uid: 'api::forbund.forbund', name: 'forbund', kind: 'collection', path: null },
  { uid: 'api::insats.insats', name: 'insatser', kind: 'collection', path: (s) => `/vagval/${s}` },
  { uid: 'api::kedja.kedja', name: 'kedjor', kind: 'collection', path: (s) => `/sa-fungerar-valfardssystemet/${s}` },
  { uid: 'api::berattelse.berattelse', name: 'berattelser', kind: 'collection', path: (s) => `/berattelser/${s}` },
  { uid: 'api::fraga.fraga', name: 'fragor', kind: 'collection', path: (s) => `/vanliga-fragor#${s}` },
  { uid: 'api::begrepp.begrepp', name: 'begrepp', kind: 'collection', path: (s) => `/begrepp#${s}` },
  { uid: 'api::startsida.startsida', name: 'startsida', kind: 'single', path: () => '/' },
  {
    uid: 'api::tillganglighetsredogorelse.tillganglighetsredogorelse',
    name: 'tillganglighetsredogorelse',
    kind: 'single',
    path: () => '/tillganglighetsredogorelse',
  },
  { uid: 'api::hitta-ratt.hitta-ratt', name: 'hittaRatt', kind: 'single', path: () => '/hitta-ratt' },
];
