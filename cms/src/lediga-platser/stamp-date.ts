import type { Core } from '@strapi/strapi';
import { INSATS_UID, PLATSANDRING_UID } from '@vg/shared-schema';
import { asIntakeCode } from '../access/intake-writes';
import { documents } from '../bootstrap/documents';

interface Figures {
  lediga?: unknown;
  ko?: unknown;
  uppdaterad?: unknown;
}

const ledigaOf = (v: unknown) => (v === undefined || v === '' ? null : (v ?? null));
const koOf = (v: unknown) => v === true || v === 'true';

/** True when the free places or the queue differ between what is stored and what is being saved. */
export function figuresChanged(before: Figures | null | undefined, after: Figures): boolean {
  return ledigaOf(before?.lediga) !== ledigaOf(after.lediga) || koOf(before?.ko) !== koOf(after.ko);
}

interface AdminUser {
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

/** Who saved, for the log: the editor's name and e-mail address, or the CMS itself (the seed, an applied förslag). */
export function editorName(user: AdminUser | undefined): string {
  if (!user) return 'CMS:et självt (demoinnehållet eller ett tillämpat förslag)';
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return (name && user.email ? `${name} (${user.email})` : name || user.email || 'En redaktör utan namn').slice(0, 200);
}

/**
 * Dates every change of an insats's free places or queue (`platser.uppdaterad`), wherever the
 * write comes from: the admin, an applied förslag, the seed, and logs it (Platsändring) once the
 * save has gone through. The date is always the server's: unchanged figures keep the stored date
 * and a date sent along is ignored, so nobody can make an old figure look current (the pull
 * publishes figures older than 30 days as unknown). The providers' own updates write the
 * component directly (provider-update.ts) and log themselves.
 */
export function registerPlatserDating(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== INSATS_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const platser = params.data?.platser;
    if (!platser || typeof platser !== 'object' || Array.isArray(platser)) return next();
    let before: Figures | null = null;
    if (context.action === 'update' && params.documentId) {
      const where: Record<string, unknown> = { documentId: params.documentId, publishedAt: null };
      if (params.locale && params.locale !== '*') where.locale = params.locale;
      const row = (await strapi.db.query(INSATS_UID).findOne({ where, populate: { platser: true } })) as {
        platser?: Figures | null;
      } | null;
      before = row?.platser ?? null;
    }
    const figures = platser as Figures;
    const changed = figuresChanged(before, figures);
    const tidpunkt = new Date().toISOString();
    figures.uppdaterad = changed ? tidpunkt : (before?.uppdaterad ?? null);
    const result = await next();
    const saved = result as { documentId?: string } | null;
    if (changed && saved?.documentId) {
      const user = (strapi.requestContext.get() as { state?: { user?: AdminUser } } | undefined)?.state?.user;
      await asIntakeCode(() =>
        documents(strapi, PLATSANDRING_UID).create({
          data: {
            insats: saved.documentId,
            kalla: 'admin',
            vem: editorName(user),
            ledigaFore: ledigaOf(before?.lediga),
            ledigaEfter: ledigaOf(figures.lediga),
            koFore: before ? koOf(before.ko) : null,
            koEfter: koOf(figures.ko),
            // An admin save changes the draft; visitors see it once someone publishes.
            publicerad: false,
            tidpunkt,
          },
        }),
      );
    }
    return result;
  });
}
