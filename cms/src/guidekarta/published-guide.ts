/**
 * The guide index built from what is published in the CMS right now: the same parts of the same
 * content the site's build reads (published documents only, never drafts), populated with the
 * shared POPULATE specs and validated with the shared schemas, as the pull does, then built and
 * checked by the site's own index builder.
 */
import type { Core, UID } from '@strapi/strapi';
import {
  CONTENT_TYPE_SCHEMAS,
  GUIDE_SOURCE_COLLECTIONS,
  type GuideSource,
  HITTA_RATT_UID,
  POPULATE,
  SNAPSHOT_SOURCES,
  type ValidGuide,
  validGuide,
} from '@vg/shared-schema';

type Uid = keyof typeof CONTENT_TYPE_SCHEMAS;
type Entry = Record<string, unknown> & { documentId?: unknown; slug?: unknown };

export interface PublishedGuide {
  guide: ValidGuide;
  /** Published entries left out because they do not pass the shared schema (the site's build would stop at them). */
  utelamnade: number;
}

/** Thrown when nothing can be built: the message says what to do. */
export class PublishedGuideError extends Error {
  override name = 'PublishedGuideError';
}

async function published(strapi: Core.Strapi, uid: Uid): Promise<Entry[]> {
  const docs = strapi.documents(uid as UID.ContentType) as unknown as { findMany: (p: object) => Promise<Entry[]> };
  return docs.findMany({ status: 'published', populate: POPULATE[uid] });
}

/** The published content the guide is built from, each entry validated; `now` stamps it (the ended-period check). */
export async function publishedGuideSource(strapi: Core.Strapi, now: Date): Promise<{ source: GuideSource; utelamnade: number }> {
  let utelamnade = 0;
  const valid = (uid: Uid, entries: readonly Entry[]) =>
    entries.flatMap((entry) => {
      const parsed = CONTENT_TYPE_SCHEMAS[uid].safeParse(entry);
      if (parsed.success) return [parsed.data as Entry];
      utelamnade += 1;
      return [];
    });
  const collections: Record<string, { data: Entry; path: string | null }[]> = {};
  for (const name of GUIDE_SOURCE_COLLECTIONS) {
    const source = SNAPSHOT_SOURCES.find((s) => s.kind === 'collection' && s.name === name);
    if (!source) throw new PublishedGuideError(`Innehållstypen för "${name}" saknas i registret.`);
    const uid = source.uid as Uid;
    collections[name] = valid(uid, await published(strapi, uid)).map((data) => ({
      data,
      path: source.path && typeof data.slug === 'string' ? source.path(data.slug) : null,
    }));
  }
  // As in the snapshot, a reference must resolve: an insats whose organisation is not published is left out.
  const organisationer = new Set((collections.organisationer ?? []).map((o) => o.data.documentId));
  const insatser = collections.insatser ?? [];
  collections.insatser = insatser.filter((i) => organisationer.has((i.data.organisation as { documentId?: unknown } | null)?.documentId));
  utelamnade += insatser.length - collections.insatser.length;

  const [flow] = valid(HITTA_RATT_UID, await published(strapi, HITTA_RATT_UID));
  return {
    source: {
      generatedAt: now.toISOString(),
      collections: collections as unknown as GuideSource['collections'],
      singles: { hittaRatt: flow ? ({ data: flow } as unknown as GuideSource['singles']['hittaRatt']) : null },
    },
    utelamnade,
  };
}

/** The validated guide index and cards built from the published content. Throws (GuideIndexError) when it cannot be built. */
export async function publishedGuide(strapi: Core.Strapi, now = new Date()): Promise<PublishedGuide> {
  const { source, utelamnade } = await publishedGuideSource(strapi, now);
  if (!source.singles.hittaRatt)
    throw new PublishedGuideError(
      'Guiden Hitta rätt är inte publicerad ännu, så webbplatsen visar inga förslag. Publicera "Hitta rätt" först.',
    );
  return { guide: validGuide(source), utelamnade };
}
