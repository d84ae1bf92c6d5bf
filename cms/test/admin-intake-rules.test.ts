import { FORSLAG_UID, INLAMNINGSNYCKEL_UID, INSATS_UID } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import {
  type ActionContext,
  applyOffer,
  applyOutcome,
  applyUrl,
  editPath,
  errorText,
  FORSLAG,
  INLAMNINGSNYCKEL,
  INSATS,
  isRedaktion,
  keyStatusText,
  keyStatusUrl,
  NEW_KEY,
  newKeyConfirmText,
  newKeyOffered,
  ORGANISATION,
  revokeOffer,
  revokeUrl,
  SERVER_FAULT,
  UNREACHABLE,
} from '../src/admin/intake/rules.ts';
import { ADMIN_LANGUAGE_KEY, preferSwedish } from '../src/admin/language.ts';
import { REDAKTOR_ROLE, SKRIBENT_ROLE } from '../src/bootstrap/editorial-roles.ts';

const redaktor = [{ code: REDAKTOR_ROLE.code }];
const skribent = [{ code: SKRIBENT_ROLE.code }];
const forslag = (document: Record<string, unknown>, over: Partial<ActionContext> = {}): ActionContext => ({
  model: FORSLAG,
  documentId: 'f1',
  document,
  roles: redaktor,
  ...over,
});

describe('the intake buttons in the admin', () => {
  it('uses the content types the CMS defines', () => {
    expect([FORSLAG, INLAMNINGSNYCKEL, INSATS]).toEqual([FORSLAG_UID, INLAMNINGSNYCKEL_UID, INSATS_UID]);
  });

  it('shows only to the redaktion, as the intake routes allow', () => {
    expect(isRedaktion(redaktor)).toBe(true);
    expect(isRedaktion([{ code: 'strapi-super-admin' }])).toBe(true);
    expect(isRedaktion([...skribent, ...redaktor])).toBe(true);
    expect(isRedaktion(skribent)).toBe(false);
    expect(isRedaktion([])).toBe(false);
    expect(isRedaktion(undefined)).toBe(false);
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'ny' }, { roles: skribent }))).toBeNull();
    expect(newKeyOffered({ model: ORGANISATION, documentId: 'o1', roles: skribent })).toBe(false);
    expect(revokeOffer({ model: INLAMNINGSNYCKEL, documentId: 'k1', document: { aktiv: true }, roles: skribent })).toBeNull();
  });

  it('offers the right words for a new insats and for a change, on a new förslag only', () => {
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'ny' }))?.label).toBe('Skapa utkast av förslaget');
    expect(applyOffer(forslag({ typ: 'andring', behandling: 'ny' }))?.label).toBe('För in ändringen i insatsens utkast');
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'behandlad' }))).toBeNull();
    expect(applyOffer(forslag({ typ: 'andring', behandling: 'avvisad' }))).toBeNull();
    expect(applyOffer(forslag({ typ: 'något-annat', behandling: 'ny' }))).toBeNull();
    // While the entry is being created, or on another content type, there is nothing to apply.
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'ny' }, { documentId: undefined }))).toBeNull();
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'ny' }, { model: INSATS }))).toBeNull();
    expect(applyOffer(forslag({ typ: 'ny-insats', behandling: 'ny' }))?.intro).toMatch(/Inget publiceras/);
    expect(applyOffer(forslag({ typ: 'andring', behandling: 'ny' }))?.intro).toMatch(/publicerade versionen/);
  });

  it('says what happened and links to the draft insats in the content manager', () => {
    const created = applyOutcome('ny-insats', { insats: 'abc123', kvitto: 'VG-2026-000042' });
    expect(created.title).toBe('Utkastet är skapat');
    expect(created.text).toContain('VG-2026-000042');
    expect(created.path).toBe('/content-manager/collection-types/api::insats.insats/abc123');
    const changed = applyOutcome('andring', { insats: 'xyz', kvitto: 'VG-2026-000043' });
    expect(changed.title).toBe('Ändringen finns i utkastet');
    expect(changed.text).toMatch(/publicerade versionen/);
    expect(changed.linkLabel).toBe('Öppna insatsens utkast');
    expect(changed.path).toBe(editPath(INSATS, 'xyz'));
  });

  it('builds the admin route addresses with the document id escaped', () => {
    expect(applyUrl('abc')).toBe('/intake/forslag/abc/tillampa');
    expect(revokeUrl('k/1')).toBe('/intake/inlamningsnycklar/k%2F1/aterkalla');
    expect(editPath(INSATS, 'a b')).toBe('/content-manager/collection-types/api::insats.insats/a%20b');
  });

  it('offers a new key on a saved organisation and revoking on an active key only', () => {
    expect(newKeyOffered({ model: ORGANISATION, documentId: 'o1', roles: redaktor })).toBe(true);
    expect(newKeyOffered({ model: ORGANISATION, documentId: undefined, roles: redaktor })).toBe(false);
    expect(newKeyOffered({ model: FORSLAG, documentId: 'o1', roles: redaktor })).toBe(false);
    // "The old key stops working" only when there is one.
    const active = { documentId: 'k0', prefix: 'vg_AbCdEfG', skapad: '2026-11-05T12:00:00.000Z', titel: null };
    expect(newKeyConfirmText(active)).toMatch(/^Den gamla nyckeln \(vg_AbCdEfG…, skapad 5 november 2026\) slutar gälla/);
    expect(newKeyConfirmText(null)).not.toMatch(/gamla|slutar gälla/);
    expect(newKeyConfirmText(undefined)).toMatch(/Kontrollerar/);
    expect(keyStatusText(active)).toBe('Organisationen har en nyckel som gäller: vg_AbCdEfG…, skapad 5 november 2026.');
    expect(keyStatusText(null)).toMatch(/ingen nyckel som gäller/);
    expect(keyStatusUrl('o/1')).toBe('/intake/organisationer/o%2F1/nyckel');
    expect(NEW_KEY.warning).toMatch(/bara den här gången/);

    const key = { model: INLAMNINGSNYCKEL, documentId: 'k1', roles: redaktor };
    const offer = revokeOffer({ ...key, document: { aktiv: true, prefix: 'vg_AbCdEfG' } });
    expect(offer?.label).toBe('Återkalla nyckeln');
    expect(offer?.text).toContain('vg_AbCdEfG…');
    expect(revokeOffer({ ...key, document: { aktiv: false, prefix: 'vg_AbCdEfG' } })).toBeNull();
    expect(revokeOffer({ ...key, model: ORGANISATION, document: { aktiv: true } })).toBeNull();
  });

  it('shows the server’s own message for a refused call, and plain Swedish when there is none', () => {
    expect(errorText({ status: 400, name: 'ApplicationError', message: 'Förslaget VG-2026-000001 är redan behandlad.' })).toBe(
      'Förslaget VG-2026-000001 är redan behandlad.',
    );
    expect(errorText({ status: 403, name: 'ForbiddenError', message: 'Bara redaktionen (rollen Redaktör) kan göra det här.' })).toMatch(
      /Bara redaktionen/,
    );
    expect(errorText({ status: 500, name: 'InternalServerError', message: 'Internal Server Error' })).toBe(SERVER_FAULT);
    expect(errorText({ status: 404, message: '' })).toBe(SERVER_FAULT);
    // A lost connection: fetch's own error, no status.
    expect(errorText({ name: 'TypeError', message: 'Failed to fetch' })).toBe(UNREACHABLE);
    expect(errorText(undefined)).toBe(UNREACHABLE);
  });
});

describe('the admin’s language', () => {
  const storage = (initial: Record<string, string> = {}) => {
    const items = new Map(Object.entries(initial));
    return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('starts in Swedish', () => {
    const s = storage();
    preferSwedish(s);
    expect(s.items.get(ADMIN_LANGUAGE_KEY)).toBe('sv');
  });

  it('keeps a language the editor chose', () => {
    const s = storage({ [ADMIN_LANGUAGE_KEY]: 'en' });
    preferSwedish(s);
    expect(s.items.get(ADMIN_LANGUAGE_KEY)).toBe('en');
  });
});
