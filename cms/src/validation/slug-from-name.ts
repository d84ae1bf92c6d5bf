import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@vg/shared-schema';

type Attributes = Record<string, { type: string; targetField?: string }>;

/** The slug field of a content type and the field it is made from (`slug` ← `namn`), or null. */
export function slugFieldOf(attributes: Attributes): { field: string; from: string } | null {
  for (const [field, attr] of Object.entries(attributes))
    if (attr.type === 'uid' && attr.targetField) return { field, from: attr.targetField };
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A slug nobody chose: empty, Strapi's stand-in before there is a name (`insats`, `insats-2`),
 * or the one made from the previous name (with the number added to make it unique).
 * An editor's own slug is anything else, and stays.
 */
export function isAutomaticSlug(slug: unknown, modelName: string, previousName: unknown): boolean {
  if (slug === undefined || slug === null || slug === '') return true;
  if (typeof slug !== 'string') return false;
  const made = (base: string) => base !== '' && new RegExp(`^${escapeRegExp(base)}(-\\d+)?$`).test(slug);
  return made(slugify(modelName)) || (typeof previousName === 'string' && made(slugify(previousName)));
}

/**
 * The slug the entry gets when its name is `name`: the shared rule (`Insteget i Kinda` →
 * `insteget-i-kinda`, å/ä/ö → a/a/o like every existing slug), with -2, -3 … when taken.
 */
export async function uniqueSlug(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  name: string,
  except: { documentId?: string | undefined; locale?: string | undefined },
): Promise<string> {
  const base = slugify(name);
  if (base === '') return '';
  const where: Record<string, unknown> = { [field]: { $startsWith: base } };
  if (except.documentId) where.documentId = { $ne: except.documentId };
  if (except.locale && except.locale !== '*') where.locale = except.locale;
  const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where, select: [field] })) as Record<string, unknown>[];
  const taken = new Set(rows.map((r) => r[field]));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * Slugs follow the name until the entry is first published, wherever the write comes from:
 * on create, a missing or stand-in slug becomes the name's; on a save of an entry that has never
 * been published, a slug nobody chose follows a changed name. A slug an editor typed stays, and a
 * published entry's slug (its public address) never changes by itself.
 */
export function registerSlugFromName(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const uid = context.uid as string;
    if (!uid.startsWith('api::')) return next();
    const contentType = strapi.contentType(uid as UID.ContentType);
    const slug = slugFieldOf((contentType?.attributes ?? {}) as unknown as Attributes);
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const data = params.data;
    if (!slug || !data) return next();
    const modelName = contentType.info.singularName;

    if (context.action === 'create') {
      const name = data[slug.from];
      if (typeof name === 'string' && isAutomaticSlug(data[slug.field], modelName, undefined))
        data[slug.field] = (await uniqueSlug(strapi, uid, slug.field, name, { locale: params.locale })) || data[slug.field];
      return next();
    }

    // update: only an entry that has never been published, and only a slug nobody chose.
    const name = data[slug.from];
    if (typeof name !== 'string' || !params.documentId || contentType.options?.draftAndPublish === false) return next();
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({
      where: { documentId: params.documentId },
      select: [slug.field, slug.from, 'publishedAt'],
    })) as Record<string, unknown>[];
    const draft = rows.find((r) => !r.publishedAt);
    if (!draft || rows.some((r) => r.publishedAt)) return next();
    const previousName = draft[slug.from];
    const incoming = slug.field in data ? data[slug.field] : draft[slug.field];
    const follows =
      name !== previousName ? isAutomaticSlug(incoming, modelName, previousName) : isAutomaticSlug(incoming, modelName, undefined);
    if (!follows) return next();
    const made = await uniqueSlug(strapi, uid, slug.field, name, { documentId: params.documentId, locale: params.locale });
    if (made) data[slug.field] = made;
    return next();
  });
}

/**
 * The admin's slug button ("Återgenerera") and the slug it proposes for a new entry use the shared
 * rule too (Strapi's own turns ö into "oe"). Before a name is typed, Strapi's stand-in stays (`insats`):
 * the save replaces it with the name's slug.
 */
export function generateSlugsWithSharedRule(strapi: Core.Strapi): void {
  const uidService = strapi.plugin('content-manager').service('uid') as {
    generateUIDField: (args: { contentTypeUID: string; field: string; data: Record<string, unknown>; locale?: string }) => Promise<string>;
  };
  const strapiGenerate = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (args) => {
    const attr = (strapi.contentType(args.contentTypeUID as UID.ContentType)?.attributes as unknown as Attributes | undefined)?.[
      args.field
    ];
    const name = attr?.targetField ? args.data?.[attr.targetField] : undefined;
    if (typeof name !== 'string' || slugify(name) === '') return strapiGenerate(args);
    const documentId = typeof args.data?.id === 'string' && args.data.id !== '' ? args.data.id : undefined;
    return uniqueSlug(strapi, args.contentTypeUID, args.field, name, { documentId, locale: args.locale });
  };
}
