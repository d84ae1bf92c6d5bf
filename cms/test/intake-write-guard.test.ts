import type { Core } from '@strapi/strapi';
import { FORSLAG_UID, INLAMNINGSNYCKEL_UID } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { asIntakeCode, registerIntakeWriteGuard } from '../src/access/intake-writes.ts';

type Middleware = (context: { uid: string; action: string }, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * The document-service guard behind the roles: since no role (not even the super admin) keeps the
 * content manager's create on intake types, no admin route reaches it any more, so it is run here
 * as Strapi runs it — as a document-service middleware around the write.
 */
function guard(): Middleware {
  let registered: Middleware | undefined;
  const use = (m: Middleware) => {
    registered = m;
  };
  registerIntakeWriteGuard({ documents: { use } } as unknown as Core.Strapi);
  if (!registered) throw new Error('registerIntakeWriteGuard registrerade ingen middleware');
  return registered;
}

const written = async (uid: string, action: string, run = guard()) => {
  let reached = false;
  await run({ uid, action }, async () => (reached = true));
  return reached;
};

describe('the intake write guard', () => {
  it('refuses a förslag, feedback or key written from anywhere but the intake code, naming where they come from', async () => {
    for (const [uid, action] of [
      [INLAMNINGSNYCKEL_UID, 'create'],
      [INLAMNINGSNYCKEL_UID, 'update'],
      [INLAMNINGSNYCKEL_UID, 'clone'],
      [FORSLAG_UID, 'create'],
      [FORSLAG_UID, 'clone'],
      ['api::aterkoppling.aterkoppling', 'update'],
    ]) {
      await expect(written(uid as string, action as string), `${uid} ${action}`).rejects.toThrow(/skapas bara av inlämningen/);
    }
  });

  it('lets the intake code write, and leaves other actions and types to the roles', async () => {
    expect(await asIntakeCode(() => written(INLAMNINGSNYCKEL_UID, 'create'))).toBe(true);
    expect(await asIntakeCode(() => written(FORSLAG_UID, 'create'))).toBe(true);
    // Editors handle a förslag (status, notes) and delete what is done: those go to RBAC.
    expect(await written(FORSLAG_UID, 'update')).toBe(true);
    expect(await written(FORSLAG_UID, 'delete')).toBe(true);
    expect(await written('api::insats.insats', 'create')).toBe(true);
  });

  it('does not carry the intake permission past the call that was given it', async () => {
    const run = guard();
    await asIntakeCode(async () => undefined);
    await expect(written(INLAMNINGSNYCKEL_UID, 'create', run)).rejects.toThrow();
  });
});
