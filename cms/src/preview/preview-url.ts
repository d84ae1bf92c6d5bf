/**
 * Strapi's Preview (config/admin.ts `preview.config.handler`): the address the admin's preview
 * panel loads for an entry. Strapi's route lets any logged-in admin ask for any entry, so the
 * handler itself decides: a link only for an entry that has a page on the site and that this
 * editor may read in the content manager (their role and its conditions, checked on the entry
 * as the content manager does). Anyone else gets no link, as if the entry had no preview, and so
 * learns nothing about it.
 */
import type { Core, UID } from '@strapi/strapi';
import { SNAPSHOT_SOURCES } from '@vg/shared-schema';
import { type PreviewTarget, previewKey, signPreviewToken } from './token';

/** The preview service's path for a draft; the token says which. */
export const PREVIEW_PATH = '/forhandsvisning';

/** The content types whose entries are shown on a page of the site (the others appear only inside other pages). */
export const PREVIEWABLE_UIDS: ReadonlySet<string> = new Set(SNAPSHOT_SOURCES.filter((s) => s.path !== null).map((s) => s.uid));

interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
  [key: string]: unknown;
}

interface RequestState {
  state?: { userAbility?: unknown; user?: { id: number } };
}

type PopulateBuilder = (uid: string) => { populateDeep: (depth: number) => { build: () => Promise<unknown> } };

interface PermissionChecker {
  cannot: { read: (entity?: unknown) => boolean };
}

/** Whether the admin user behind the current request may read this version of the entry in the content manager. */
async function editorMayRead(strapi: Core.Strapi, target: PreviewTarget): Promise<boolean> {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  const userAbility = ctx?.state?.userAbility;
  if (!userAbility || !ctx?.state?.user) return false;
  const contentManager = strapi.plugin('content-manager');
  const checker = contentManager.service('permission-checker').create({ userAbility, model: target.uid }) as PermissionChecker;
  if (checker.cannot.read()) return false;
  // Conditions (own organisation, own förbund) are judged on the entry with its relations, as the content manager's findOne does.
  const builder = contentManager.service('populate-builder') as unknown as PopulateBuilder;
  const populate = await builder(target.uid).populateDeep(Infinity).build();
  const entry = await strapi.documents(target.uid as UID.ContentType).findOne({
    documentId: target.documentId,
    ...(target.locale ? { locale: target.locale } : {}),
    status: target.status,
    populate,
  } as never);
  return Boolean(entry) && !checker.cannot.read(entry);
}

/** The handler for `config/admin.ts`: undefined (no preview) unless the entry has a page and the editor may read it. */
export function previewUrlHandler(previewUrl: string, adminJwtSecret: string, ttlSeconds: number) {
  const key = previewKey(adminJwtSecret);
  return async (uid: string, params: PreviewParams): Promise<string | undefined> => {
    if (!PREVIEWABLE_UIDS.has(uid) || !params.documentId) return undefined;
    const target: PreviewTarget = {
      uid,
      documentId: params.documentId,
      locale: params.locale ?? null,
      status: params.status === 'published' ? 'published' : 'draft',
    };
    if (!(await editorMayRead(strapi, target))) return undefined;
    return `${previewUrl}${PREVIEW_PATH}?token=${signPreviewToken(target, key, ttlSeconds)}`;
  };
}
