import type { Core, UID } from '@strapi/strapi';
import {
  BERATTELSE_UID,
  INSATS_UID,
  REVIEW_WINDOW_DAYS,
  REVIEWED_CONTENT_TYPES,
  type ReviewDue,
  reviewDue,
  reviewedOnOrBefore,
} from '@vg/shared-schema';
import type { AdminUser } from '../access/document-guard';
import { berattelserInScope, forbundAreasForUser, insatserInScope } from '../access/forbund-scope';
import { FORBUNDSREDAKTOR_ROLE, organisationIdsForUser, REDAKTOR_ROLE, SKRIBENT_ROLE } from '../bootstrap/editorial-roles';

/**
 * Whose entries an editor reviews: the redaktion (Redaktör, super admin) every entry with a
 * review date; a Skribent only their own organisations' insatser; a Förbundsredaktör the
 * insatser and berättelser within their förbund (the rule of their RBAC condition,
 * access/forbund-scope.ts). Any other role: none (null).
 */
export type ReviewScope =
  | { kind: 'alla' }
  | { kind: 'organisationer'; ids: number[] }
  | { kind: 'forbund'; documentIds: Record<string, string[]> };

const SUPER_ADMIN = 'strapi-super-admin';
const REDAKTION = [REDAKTOR_ROLE.code, SUPER_ADMIN];

export async function reviewScope(strapi: Core.Strapi, user: AdminUser | undefined): Promise<ReviewScope | null> {
  const codes = user?.roles?.map((r) => r.code) ?? [];
  if (!user) return null;
  if (codes.some((c) => REDAKTION.includes(c))) return { kind: 'alla' };
  if (codes.includes(SKRIBENT_ROLE.code)) return { kind: 'organisationer', ids: await organisationIdsForUser(strapi, user.id) };
  if (codes.includes(FORBUNDSREDAKTOR_ROLE.code)) {
    const areas = await forbundAreasForUser(strapi, user.id);
    const insatser = await insatserInScope(strapi, areas);
    return {
      kind: 'forbund',
      documentIds: { [INSATS_UID]: insatser, [BERATTELSE_UID]: await berattelserInScope(strapi, areas, insatser) },
    };
  }
  return null;
}

/** The content types a scope reviews: a Skribent's are insatser only, a Förbundsredaktör's insatser and berättelser. */
export function scopedTypes(scope: ReviewScope): readonly string[] {
  const uids = REVIEWED_CONTENT_TYPES.map((t) => t.uid as string);
  if (scope.kind === 'alla') return uids;
  if (scope.kind === 'forbund') return uids.filter((uid) => uid in scope.documentIds);
  return uids.filter((uid) => uid === INSATS_UID);
}

/**
 * The database condition that keeps a query of one type inside the scope: nothing for the
 * redaktion; for a Skribent, insatser whose organisation is one of theirs; for a
 * Förbundsredaktör, the documents within their förbund. An empty scope matches nothing.
 */
export function scopeWhere(scope: ReviewScope, uid: string): Record<string, unknown> {
  if (scope.kind === 'alla') return {};
  if (scope.kind === 'forbund') {
    const ids = scope.documentIds[uid] ?? [];
    // Under $and, so a caller's own documentId condition is kept, not replaced.
    return { $and: [{ documentId: { $in: ids.length > 0 ? ids : [''] } }] };
  }
  return { organisation: { id: { $in: scope.ids.length > 0 ? scope.ids : [-1] } } };
}

/** One entry due for review, as the "Att granska" widget shows it. */
export interface ReviewItem extends ReviewDue {
  contentType: string;
  /** The type's name in the admin, e.g. "Insats". */
  typnamn: string;
  documentId: string;
  /** The entry's name (a single type: the type's name). */
  titel: string;
  /** Where it opens in the admin, relative to /admin. */
  adminPath: string;
}

export interface ReviewList {
  /** Today in Sweden, the day the list is computed for. */
  idag: string;
  fonsterDagar: number;
  /** How many entries are due in all (the list may be cut at `limit`). */
  antal: number;
  poster: ReviewItem[];
}

/** Candidate name fields, in the order the rest of the CMS names an entry by. */
const TITLE_FIELDS = ['namn', 'titel', 'term', 'fraga', 'rubrik', 'slug'];

interface Model {
  kind: 'collectionType' | 'singleType';
  info: { displayName: string };
  attributes: Record<string, unknown>;
}
const modelOf = (strapi: Core.Strapi, uid: string) => strapi.contentType(uid as UID.ContentType) as unknown as Model;

export const adminPath = (strapi: Core.Strapi, uid: string, documentId: string) =>
  modelOf(strapi, uid).kind === 'singleType'
    ? `/content-manager/single-types/${uid}`
    : `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;

/**
 * The drafts in the scope whose review is overdue or due within the window, most overdue first
 * (never reviewed before everything). The draft is what the editor works on and marks reviewed;
 * it exists for every document, published or not.
 */
export async function reviewList(strapi: Core.Strapi, scope: ReviewScope, today: string, limit = 50): Promise<ReviewList> {
  const items: ReviewItem[] = [];
  const cutoff = reviewedOnOrBefore(today);
  for (const uid of scopedTypes(scope)) {
    const model = modelOf(strapi, uid);
    const titleField = TITLE_FIELDS.find((f) => f in model.attributes);
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({
      where: {
        publishedAt: null,
        $or: [{ senastGranskad: null }, { senastGranskad: { $lte: cutoff } }],
        ...scopeWhere(scope, uid),
      },
      select: ['documentId', 'senastGranskad', 'granskningsintervallManader', ...(titleField ? [titleField] : [])],
    })) as Record<string, unknown>[];
    for (const row of rows) {
      const due = reviewDue(row, today);
      if (!due) continue;
      const documentId = String(row.documentId);
      const named = titleField ? row[titleField] : undefined;
      items.push({
        ...due,
        contentType: uid,
        typnamn: model.info.displayName,
        documentId,
        titel: model.kind === 'singleType' || typeof named !== 'string' || named === '' ? model.info.displayName : named,
        adminPath: adminPath(strapi, uid, documentId),
      });
    }
  }
  const order = (i: ReviewItem) => i.nastaGranskning ?? '0000-00-00';
  items.sort((a, b) => order(a).localeCompare(order(b)) || a.titel.localeCompare(b.titel, 'sv'));
  return { idag: today, fonsterDagar: REVIEW_WINDOW_DAYS, antal: items.length, poster: items.slice(0, limit) };
}

/** The draft of one document in the scope, or null: a Skribent cannot reach another organisation's insats here. */
export async function findScopedDraft(
  strapi: Core.Strapi,
  scope: ReviewScope,
  uid: string,
  documentId: string,
): Promise<{ documentId: string; titel: string } | null> {
  if (!scopedTypes(scope).includes(uid)) return null;
  const model = modelOf(strapi, uid);
  const titleField = TITLE_FIELDS.find((f) => f in model.attributes);
  const row = (await strapi.db.query(uid as UID.Schema).findOne({
    where: { documentId, publishedAt: null, ...scopeWhere(scope, uid) },
    select: ['documentId', ...(titleField ? [titleField] : [])],
  })) as Record<string, unknown> | null;
  if (!row) return null;
  const named = titleField ? row[titleField] : undefined;
  return {
    documentId: String(row.documentId),
    titel: model.kind === 'singleType' || typeof named !== 'string' || named === '' ? model.info.displayName : named,
  };
}
