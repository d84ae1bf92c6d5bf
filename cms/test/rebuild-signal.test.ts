import { describe, expect, it } from 'vitest';
import { isPublicChange } from '../src/bootstrap/rebuild-webhook.ts';

describe('which CMS events change the public site', () => {
  it.each([
    ['entry.publish', { uid: 'api::insats.insats' }, true],
    ['entry.unpublish', { uid: 'api::insats.insats' }, true],
    ['entry.delete', { uid: 'api::kedja.kedja' }, true],
    ['entry.update', { uid: 'api::kommun.kommun', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, true],
    ['entry.update', { uid: 'api::insats.insats', entry: { publishedAt: null } }, false],
    ['entry.create', { uid: 'api::insats.insats', entry: { publishedAt: null } }, false],
    ['entry.publish', { uid: 'plugin::users-permissions.user' }, false],
    ['media.create', { uid: 'api::insats.insats' }, false],
  ] as const)('%s on %j → %s', (event, payload, expected) => {
    expect(isPublicChange(event, payload)).toBe(expected);
  });
});
