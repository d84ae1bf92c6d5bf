import { describe, expect, it } from 'vitest';
import { FORBUND_UID, ForbundSchema } from './forbund.ts';

const ref = (documentId: string, slug: string) => ({ documentId, slug });

const sco = {
  id: 1,
  documentId: 'fb1sco',
  slug: 'centrala-ostergotland',
  namn: 'Samordningsförbundet Centrala Östergötland',
  kortnamn: 'SCÖ',
  lan: '05',
  kommuner: [ref('k0580', 'linkoping'), ref('k0513', 'kinda'), ref('k0561', 'atvidaberg')],
  medlemmar: [ref('org1', 'linkopings-kommun'), ref('org5', 'region-ostergotland'), ref('org26', 'forsakringskassan')],
  beskrivning: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Förbundet finns för dig som bor i Linköping, Kinda eller Åtvidaberg och behöver stöd från flera håll.' },
      ],
    },
  ],
  kontakt: { id: 2, roll: 'Förbundets kansli', telefon: '013-123 45 10', epost: 'kansliet@sco.example.se', webb: 'https://sco.example.se' },
  senastGranskad: '2026-10-15',
};

describe('ForbundSchema', () => {
  it('has the Strapi uid', () => {
    expect(FORBUND_UID).toBe('api::forbund.forbund');
  });

  it('accepts a förbund with municipalities, members and contact populated', () => {
    expect(ForbundSchema.parse(sco)).toEqual(sco);
  });

  it('accepts a förbund without abbreviation, contact or review date (Strapi returns null)', () => {
    expect(ForbundSchema.safeParse({ ...sco, kortnamn: null, kontakt: null, senastGranskad: null }).success).toBe(true);
  });

  it('wants the county as a two-digit code, not its name', () => {
    const result = ForbundSchema.safeParse({ ...sco, lan: 'Östergötlands län' });
    expect(result.error?.issues[0]?.path).toEqual(['lan']);
    expect(result.error?.issues[0]?.message).toMatch(/två siffror/);
  });

  it('rejects an empty description and a contact with a bad phone number, in Swedish', () => {
    const result = ForbundSchema.safeParse({
      ...sco,
      beskrivning: [],
      kontakt: { ...sco.kontakt, telefon: '12345' },
    });
    const byField = Object.fromEntries(result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []);
    expect(byField.beskrivning).toMatch(/"Beskrivning" är tomt/);
    expect(byField['kontakt.telefon']).toMatch(/Telefonnumret/);
  });
});
