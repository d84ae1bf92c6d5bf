import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORSLAG_UID, INLAMNINGSNYCKEL_UID, INTAKE_UIDS, PLATSANDRING_UID } from '@vg/shared-schema';

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
  // A log nobody may rewrite or thin out, not even a super admin.
  [PLATSANDRING_UID]: new Set(['create', 'clone', 'update', 'delete']),
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
      'Förslag, återkoppling, inlämningsnycklar och platsändringar skapas bara av inlämningen: nycklar med knapparna på organisationens sida, förslag och återkoppling från webbplatsens formulär, platsändringar när lediga platser ändras. Platsändringar kan inte tas bort.',
    );
  });
}

/** The content manager's actions that would offer an intake-only write in the admin. */
const ADMIN_ACTION: Record<string, string> = {
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
};

interface PermissionLike {
  action: string;
  subject?: string | null;
}

/** The permissions without the content manager's buttons for what only the intake code may do. */
export function withoutIntakeOnlyActions<P extends PermissionLike>(permissions: readonly P[]): P[] {
  return permissions.filter(
    (p) =>
      !Object.entries(INTAKE_ONLY).some(([uid, actions]) => p.subject === uid && [...actions].some((a) => ADMIN_ACTION[a] === p.action)),
  );
}

/**
 * Strapi gives the super admin every permission again at each start; without these, the admin
 * would show a super admin "Skapa ny post" on Förslag and Inlämningsnycklar and an editable
 * form for keys and feedback, each ending in the guard's refusal. Registered on Strapi's own hook
 * for that reset, so the super admin's role never holds them.
 */
export function registerSuperAdminIntakeLimits(strapi: Core.Strapi): void {
  const roles = strapi.service('admin::role') as unknown as {
    hooks: { willResetSuperAdminPermissions: { register: (fn: (p: PermissionLike[]) => PermissionLike[]) => void } };
  };
  roles.hooks.willResetSuperAdminPermissions.register(withoutIntakeOnlyActions);
}
