import { describe, expect, it } from 'vitest';
import { ORGANISATION_UID, ORGANISATIONSTYP_ETIKETT, ORGANISATIONSTYPER, OrganisationSchema } from './organisation.ts';

const kindaLarcentrum = {
  id: 4,
  documentId: 'org4kindalarcentrum',
  slug: 'kinda-larcentrum',
  namn: 'Kinda lärcentrum',
  typ: 'kommun',
  aktor: { id: 8, documentId: 'akt8komvux', slug: 'komvux-sfi', namn: 'Komvux och SFI' },
  kommun: { id: 3, documentId: 'k0513kinda', slug: 'kinda', namn: 'Kinda' },
  webb: 'https://larcentrum.kinda.example.se',
};

const forsakringskassan = {
  id: 26,
  documentId: 'org26fk',
  slug: 'forsakringskassan',
  namn: 'Försäkringskassan',
  typ: 'myndighet',
  aktor: { documentId: 'akt7fk', slug: 'forsakringskassan' },
  kommun: null,
  webb: 'https://forsakringskassan.example.se',
};

describe('OrganisationSchema', () => {
  it('has the Strapi uid and a Swedish label for every kind', () => {
    expect(ORGANISATION_UID).toBe('api::organisation.organisation');
    expect(Object.keys(ORGANISATIONSTYP_ETIKETT).sort()).toEqual([...ORGANISATIONSTYPER].sort());
  });

  it('accepts a municipal organisation with its actor and municipality populated', () => {
    expect(OrganisationSchema.parse(kindaLarcentrum)).toEqual(kindaLarcentrum);
  });

  it('accepts an authority without a municipality', () => {
    expect(OrganisationSchema.safeParse(forsakringskassan).success).toBe(true);
  });

  it('requires a municipality when the organisation is a kommun', () => {
    const result = OrganisationSchema.safeParse({ ...kindaLarcentrum, kommun: null });
    expect(result.error?.issues[0]?.path).toEqual(['kommun']);
    expect(result.error?.issues[0]?.message).toBe(
      'Organisationen "Kinda lärcentrum" är en kommun men har ingen kommun vald. Välj kommunen i fältet Kommun.',
    );
  });

  it('rejects an unknown kind in Swedish', () => {
    expect(OrganisationSchema.safeParse({ ...forsakringskassan, typ: 'stiftelse' }).error?.issues[0]?.message).toMatch(
      /Välj typ av organisation/,
    );
  });
});
