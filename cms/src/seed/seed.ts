import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import {
  type AttributeMap,
  CONTENT_TYPES,
  type ContentTypeInput,
  INSATS_UID,
  isSeedRecordPublished,
  prepareSeedRecord,
  SeedDataError,
  type SeedLookups,
  type SeedRecord,
  toDocumentData,
} from '@vg/shared-schema';
import { documents, hasDraftAndPublish } from '../bootstrap/documents';

interface SeedStep {
  file: string;
  uid: string;
  /** The field that identifies an entry across runs (and in references from other files). */
  key?: string;
  /** Order entries so that ones referenced through self-relations come first. */
  order?: (records: SeedRecord[]) => SeedRecord[];
}

/** Insatser without a parent first, so `forelder` always points at an existing entry. */
const parentsFirst = (records: SeedRecord[]) => {
  const depth = (r: SeedRecord, seen = 0): number => {
    const parent = records.find((p) => p.slug === r.forelder);
    return parent && seen < 10 ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...records].sort((a, b) => depth(a) - depth(b));
};

/** Insatser are ordered so that a parent is created before its parts. */
const SEED_ORDER: Partial<Record<string, SeedStep['order']>> = { [INSATS_UID]: parentsFirst };

/** Every seeded type in the registry's dependency order: an entry's relations point only at entries seeded before it. */
export const SEED_STEPS: SeedStep[] = CONTENT_TYPES.flatMap((type) => {
  const seed: ContentTypeInput['seed'] = type.seed;
  return seed ? [{ file: seed.file, uid: type.uid, ...(seed.key ? { key: seed.key } : {}), order: SEED_ORDER[type.uid] }] : [];
});

export interface SeedSummary {
  created: Record<string, number>;
  existing: Record<string, number>;
}

/**
 * Loads the demo content from cms/data/*.json. Idempotent: an entry whose slug
 * (or kommun code) already exists is left exactly as it is — editors' changes are
 * never overwritten and a re-run creates nothing.
 */
export async function seedDemoContent(strapi: Core.Strapi, dataDir: string): Promise<SeedSummary> {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
  const lan = read('lan.json') as { kod: string; namn: string }[];
  const lookups: SeedLookups = {
    lanName: (code) => {
      const found = lan.find((l) => l.kod === code);
      if (!found) throw new SeedDataError(`kommuner.json: länskoden "${code}" finns inte i lan.json.`);
      return found.namn;
    },
  };
  // documentId by content type and seed key, filled as we go (and from earlier runs).
  const ids = new Map<string, Map<string, string>>();
  const summary: SeedSummary = { created: {}, existing: {} };
  const attributesOf = (uid: string) => (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as unknown as AttributeMap;
  const componentAttributes = (uid: string) => {
    const component = strapi.components[uid as UID.Component];
    if (!component) throw new SeedDataError(`komponenten ${uid} finns inte i CMS:et.`);
    return component.attributes as unknown as AttributeMap;
  };

  for (const step of SEED_STEPS) {
    if (!strapi.contentType(step.uid as UID.ContentType))
      throw new SeedDataError(`${step.file}: innehållstypen ${step.uid} finns inte i CMS:et.`);
    const docs = documents(strapi, step.uid);
    const kind = (strapi.contentType(step.uid as UID.ContentType) as { kind?: string }).kind;
    const draftAndPublish = hasDraftAndPublish(strapi, step.uid);
    const raw = read(step.file);
    const key = step.key ?? 'slug';
    const known = new Map<string, string>();
    ids.set(step.uid, known);
    summary.created[step.uid] = 0;
    summary.existing[step.uid] = 0;

    if (kind === 'singleType') {
      const current = await docs.findFirst({ status: draftAndPublish ? 'draft' : undefined });
      if (current) {
        summary.existing[step.uid] = 1;
        continue;
      }
      const ctx = { componentAttributes, resolve: () => undefined, where: step.file };
      await docs.create({
        data: toDocumentData(raw as SeedRecord, attributesOf(step.uid), ctx),
        status: draftAndPublish ? 'published' : undefined,
      });
      summary.created[step.uid] = 1;
      continue;
    }

    for (const row of await docs.findMany({ fields: [key], status: draftAndPublish ? 'draft' : undefined, limit: 100_000 })) {
      known.set(String(row[key]), String(row.documentId));
    }
    const records = step.order ? step.order(raw as SeedRecord[]) : (raw as SeedRecord[]);
    for (const original of records) {
      const record = prepareSeedRecord(step.uid, original, lookups);
      const id = String(record[key]);
      if (known.has(id)) {
        summary.existing[step.uid] = (summary.existing[step.uid] ?? 0) + 1;
        continue;
      }
      const ctx = {
        componentAttributes,
        resolve: (target: string, k: string) => ids.get(target)?.get(k),
        where: `${step.file} "${id}"`,
      };
      const data = toDocumentData(record, attributesOf(step.uid), ctx);
      const publish = draftAndPublish && isSeedRecordPublished(step.uid, record);
      const created = await docs.create({ data, status: publish ? 'published' : undefined });
      known.set(id, created.documentId);
      summary.created[step.uid] = (summary.created[step.uid] ?? 0) + 1;
    }
  }
  return summary;
}
