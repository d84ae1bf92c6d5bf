import { describe, expect, it } from 'vitest';
import { snapshotReadActions } from './access.ts';

describe('what the public and the build token may read', () => {
  it('is find/findOne of the snapshot collections and find of its single types', () => {
    const actions = snapshotReadActions();
    expect(actions).toContain('api::insats.insats.find');
    expect(actions).toContain('api::insats.insats.findOne');
    expect(actions).toContain('api::startsida.startsida.find');
    expect(actions).not.toContain('api::startsida.startsida.findOne');
  });

  it('never includes the intake types, users, uploads or any write', () => {
    const actions = snapshotReadActions();
    for (const closed of ['api::forslag', 'api::aterkoppling', 'api::inlamningsnyckel', 'plugin::']) {
      expect(actions.filter((a) => a.startsWith(closed))).toEqual([]);
    }
    expect(actions.every((a) => /\.(find|findOne)$/.test(a))).toBe(true);
  });
});
