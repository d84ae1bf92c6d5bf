import { describe, expect, it } from 'vitest';
import { KontaktSchema, PunktSchema } from './common.ts';
import {
  KONTAKT_COMPONENT,
  KontaktComponentSchema,
  PUNKT_COMPONENT,
  PunktComponentSchema,
  SHARED_COMPONENT_SCHEMAS,
} from './components.ts';

describe('shared components', () => {
  it('pairs each shared component uid with the schema from common.ts', () => {
    expect(PUNKT_COMPONENT).toBe('shared.punkt');
    expect(KONTAKT_COMPONENT).toBe('shared.kontakt');
    expect(PunktComponentSchema).toBe(PunktSchema);
    expect(KontaktComponentSchema).toBe(KontaktSchema);
    expect(Object.keys(SHARED_COMPONENT_SCHEMAS).sort()).toEqual(['shared.kontakt', 'shared.punkt']);
  });

  it('accepts a punkt and a kontakt as Strapi delivers them', () => {
    expect(PunktComponentSchema.parse({ id: 3, text: 'Trädgård' })).toEqual({ id: 3, text: 'Trädgård' });
    const kontakt = { id: 1, roll: 'Samordnare på Jonsbo', telefon: '013-123 45 20', epost: 'kontakt@jonsbo.example.se', webb: null };
    expect(KontaktComponentSchema.parse(kontakt)).toEqual(kontakt);
  });

  it('refuses a web address that hides a user name or password before the host', () => {
    const kontakt = { roll: 'Samordnare', webb: 'https://jonsbo.example.se@evil.example/' };
    expect(KontaktComponentSchema.safeParse(kontakt).error?.issues[0]?.message).toMatch(/användarnamn eller lösenord/);
    expect(KontaktComponentSchema.safeParse({ ...kontakt, webb: 'https://user:losen@evil.example/' }).success).toBe(false);
    expect(KontaktComponentSchema.safeParse({ ...kontakt, webb: 'https://jonsbo.example.se/?kontakt=a@b.se' }).success).toBe(true);
  });

  it('refuses an e-mail address no mail server accepts (a domain part ending in a hyphen), which would break the open data', () => {
    const epost = (address: string) => KontaktComponentSchema.safeParse({ roll: 'Samordnare', epost: address });
    expect(epost('kontakt@ips-upplands-vasby-.example.se').error?.issues[0]?.message).toBe(
      'E-postadressen är inte giltig, t.ex. kontakt@exempel.se.',
    );
    expect(epost('kontakt@-ips.example.se').success).toBe(false);
    expect(epost('kontakt@ips..example.se').success).toBe(false);
    expect(epost('förnamn@example.se').success).toBe(false);
    for (const ok of ['kontakt@ips-upplands-vasby.example.se', 'anna.berg+ips@region.example.se', 'a@b.se'])
      expect(epost(ok).success, ok).toBe(true);
  });

  it('rejects an empty punkt and a kontakt without a role, in Swedish', () => {
    expect(PunktComponentSchema.safeParse({ text: '' }).error?.issues[0]?.message).toMatch(/Punkten är tom/);
    expect(KontaktComponentSchema.safeParse({ roll: '' }).error?.issues[0]?.message).toMatch(/roll/);
  });
});
