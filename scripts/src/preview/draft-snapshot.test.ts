import { readSnapshotFile } from '@vg/site/content/snapshot-loader.ts';
import { describe, expect, it } from 'vitest';
import { snapshotWithDraft } from './draft-snapshot.ts';

const FIXTURE = new URL('../../../site/test/fixtures/snapshot.json', import.meta.url).pathname;
const INSATS = 'api::insats.insats';
const CMS = 'http://127.0.0.1:1337';
const published = () => readSnapshotFile(FIXTURE);
const insats = (slug: string) => {
  const item = published().collections.insatser.find((i) => i.data.slug === slug);
  if (!item) throw new Error(`fixture: ${slug}`);
  return structuredClone(item.data) as unknown as Record<string, unknown> & { documentId: string };
};

describe('the published snapshot with one draft in it', () => {
  it('takes the published entries through the pipeline unchanged: nothing published is reported or lost', () => {
    const entry = insats('arena-arbetsmarknad');
    const result = snapshotWithDraft(published(), { uid: INSATS, documentId: entry.documentId, locale: 'sv', entry }, { cmsUrl: CMS });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.path).toBe('/vagval/arena-arbetsmarknad');
    for (const [name, items] of Object.entries(published().collections)) {
      expect(result.snapshot.collections[name as keyof typeof result.snapshot.collections], name).toHaveLength(items.length);
    }
  });

  it('puts the draft in place of the published version, with its rich text rendered as the pull renders it', () => {
    const entry = insats('arena-arbetsmarknad');
    entry.sammanfattning = 'Utkast: en ny sammanfattning.';
    entry.beskrivning = [{ type: 'paragraph', children: [{ type: 'text', text: 'Ett nytt stycke i utkastet.' }] }];
    const result = snapshotWithDraft(published(), { uid: INSATS, documentId: entry.documentId, locale: 'sv', entry }, { cmsUrl: CMS });
    const shown = result.snapshot.collections.insatser.filter((i) => i.data.documentId === entry.documentId);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.data.sammanfattning).toBe('Utkast: en ny sammanfattning.');
    expect(shown[0]?.html.beskrivning).toBe('<p>Ett nytt stycke i utkastet.</p>');
  });

  it('adds a draft that was never published, at the address it will get', () => {
    const entry = {
      ...insats('arena-arbetsmarknad'),
      documentId: 'nyttutkast0000000000000001',
      id: 99999,
      slug: 'ny-insats',
      namn: 'Ny insats',
    };
    const result = snapshotWithDraft(published(), { uid: INSATS, documentId: entry.documentId, locale: 'sv', entry }, { cmsUrl: CMS });
    expect(result.path).toBe('/vagval/ny-insats');
    expect(result.snapshot.collections.insatser).toHaveLength(published().collections.insatser.length + 1);
  });

  it('says which field keeps a broken draft from being shown, and shows nothing for it', () => {
    const entry = { ...insats('arena-arbetsmarknad'), namn: '' };
    const result = snapshotWithDraft(published(), { uid: INSATS, documentId: entry.documentId, locale: 'sv', entry }, { cmsUrl: CMS });
    expect(result.path).toBeNull();
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'namn', message: expect.stringMatching(/saknar namn/) }));
  });

  it('warns about a link to an entry the site does not have and leaves the link out', () => {
    const entry = insats('arena-arbetsmarknad');
    const kommuner = entry.kommuner as { documentId: string }[];
    entry.kommuner = [...kommuner, { ...kommuner[0], documentId: 'finnsinte000000000000000001' }];
    const result = snapshotWithDraft(published(), { uid: INSATS, documentId: entry.documentId, locale: 'sv', entry }, { cmsUrl: CMS });
    expect(result.path).toBe('/vagval/arena-arbetsmarknad');
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: expect.stringMatching(/^kommuner/), message: expect.stringMatching(/inte är publicerad/) }),
    );
    const shown = result.snapshot.collections.insatser.find((i) => i.data.documentId === entry.documentId);
    expect(shown?.data.kommuner).toHaveLength(kommuner.length);
  });
});
