import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORSLAG_UID, INLAMNINGSNYCKEL_UID, INTAKE_UIDS } from '@vg/shared-schema';

const intakeCode = new AsyncLocalStorage<true>();

/**
 * Runs `work` as the intake code: the only code that may create förslag,
 * feedback and submission keys (and change a key). Everything it awaits
 * inherits the permission; nothing outside it does.
 */
export const asIntakeCode = <T>(work: () => Promise<T>): Promise<T> => intakeCode.run(true, work);

/** What only the intake code may do to each intake type; other actions are left to the roles' permissions (RBAC). */
const INTAKE_ONLY: Record<string, ReadonlySet<string>> = {
  [FORSLAG_UID]: new Set(['create', 'clone']),
  'api::aterkoppling.aterkoppling': new Set(['create', 'clone', 'update']),
  // A key's hash, organisation and state are set only by issuing and revoking.
  [INLAMNINGSNYCKEL_UID]: new Set(['create', 'clone', 'update']),
};

/**
 * Intake entries are made by the intake routes and actions only — never typed
 * into the content manager, not even by a super admin. A key whose hash an
 * editor chose, or a förslag with a receipt number of their own, would be
 * accepted as genuine; here both are refused wherever the write comes from.
 */
export function registerIntakeWriteGuard(strapi: Core.Strapi): void {
  const guarded = new Set<string>(INTAKE_UIDS);
  strapi.documents.use(async (context, next) => {
    if (!guarded.has(context.uid) || !INTAKE_ONLY[context.uid]?.has(context.action) || intakeCode.getStore()) return next();
    throw new errors.PolicyError(
      'Förslag, återkoppling och inlämningsnycklar skapas bara av inlämningen: nycklar med knapparna på organisationens sida, förslag och återkoppling från webbplatsens formulär.',
    );
  });
}
