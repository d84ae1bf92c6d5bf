import { describe, expect, it } from 'vitest';
import { isPublicChange } from '../src/bootstrap/rebuild-webhook.ts';

describe('which CMS events change the public site', () => {
  it.each([
    ['entry.publish', { uid: 'api::insats.insats' }, true],
    ['entry.unpublish', { uid: 'api::insats.insats' }, true],
    ['entry.delete', { uid: 'api::kedja.kedja', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, true],
    // Deleting a draft that was never published changes nothing a visitor sees.
    ['entry.delete', { uid: 'api::kedja.kedja', entry: { publishedAt: null } }, false],
    ['entry.update', { uid: 'api::kommun.kommun', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, true],
    ['entry.update', { uid: 'api::insats.insats', entry: { publishedAt: null } }, false],
    ['entry.create', { uid: 'api::insats.insats', entry: { publishedAt: null } }, false],
    ['entry.publish', { uid: 'plugin::users-permissions.user' }, false],
    ['media.create', { uid: 'api::insats.insats' }, false],
    // Intake is not content: a visitor's feedback, a förslag or a new key must never rebuild the site.
    ['entry.create', { uid: 'api::aterkoppling.aterkoppling', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, false],
    ['entry.create', { uid: 'api::forslag.forslag', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, false],
    ['entry.update', { uid: 'api::inlamningsnyckel.inlamningsnyckel', entry: { publishedAt: '2026-11-22T10:00:00Z' } }, false],
    ['entry.publish', { uid: 'api::forslag.forslag' }, false],
  ] as const)('%s on %j → %s', (event, payload, expected) => {
    expect(isPublicChange(event, payload)).toBe(expected);
  });
});
