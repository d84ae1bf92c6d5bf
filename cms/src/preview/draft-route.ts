import type { Core, UID } from '@strapi/strapi';
import { POPULATE } from '@vg/shared-schema';
import { PREVIEWABLE_UIDS } from './preview-url';
import { type PreviewTarget, previewKey, verifyPreviewToken } from './token';

export const DRAFT_PATH = '/forhandsvisning/utkast';

interface DraftContext {
  get(header: string): string;
  set(header: string, value: string): void;
  status: number;
  body: unknown;
}

const REFUSED = {
  form: 'Förhandsvisningen saknar en giltig länk. Öppna förhandsvisningen från posten i CMS:et.',
  signature: 'Förhandsvisningslänken är inte utfärdad av CMS:et. Öppna förhandsvisningen från posten i CMS:et.',
  expired: 'Förhandsvisningslänken har gått ut: den gäller bara en kort stund. Stäng förhandsvisningen och öppna den igen från posten.',
} as const;

/**
 * The one way a draft leaves the CMS for the preview service: `GET /forhandsvisning/utkast` with
 * `Authorization: Bearer <preview token>` → 200 `{ data: { uid, documentId, locale, status, entry } }`,
 * the entry populated as the pull populates it (POPULATE), without private fields.
 *
 * No session and no API token are asked for: the token, signed by this CMS for one entry and for
 * a few minutes (VG_PREVIEW_TTL_SECONDS), is the permit (preview-url.ts issues it only to an editor who may read the entry).
 * The token travels in a header, not in the address, so it stays out of access logs. An admin
 * route, so the content API's published-only rule (access/published-only.ts) keeps holding for
 * every `/api` route. Every answer is `no-store` and `noindex`: a draft is never cached or indexed.
 */
export function registerPreviewDraftRoute(strapi: Core.Strapi): void {
  const key = previewKey(strapi.config.get('admin.auth.secret') as string);
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: DRAFT_PATH,
        config: { auth: false },
        handler: async (ctx: DraftContext) => {
          ctx.set('Cache-Control', 'no-store');
          ctx.set('X-Robots-Tag', 'noindex, nofollow');
          const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
          const check = verifyPreviewToken(bearer, key);
          if (!check.ok || !PREVIEWABLE_UIDS.has(check.target.uid)) {
            ctx.status = 401;
            ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: REFUSED[check.ok ? 'form' : check.reason] } };
            return;
          }
          const entry = await readEntry(strapi, check.target);
          if (!entry) {
            ctx.status = 404;
            ctx.body = {
              error: {
                status: 404,
                name: 'NotFoundError',
                message: 'Posten finns inte längre i den här versionen. Den kan ha tagits bort eller avpublicerats.',
              },
            };
            return;
          }
          ctx.status = 200;
          ctx.body = { data: { ...check.target, entry } };
        },
      },
    ],
  } as unknown as Parameters<Core.Strapi['server']['routes']>[0]);
}

async function readEntry(strapi: Core.Strapi, target: PreviewTarget): Promise<Record<string, unknown> | null> {
  const uid = target.uid as UID.ContentType;
  const entry = await strapi.documents(uid).findOne({
    documentId: target.documentId,
    ...(target.locale ? { locale: target.locale } : {}),
    status: target.status,
    populate: POPULATE[uid as keyof typeof POPULATE],
  } as never);
  if (!entry) return null;
  // What the public API would leave out (private fields such as who reviewed) stays in the CMS here too.
  return (await strapi.contentAPI.sanitize.output(entry, strapi.getModel(uid))) as Record<string, unknown>;
}
