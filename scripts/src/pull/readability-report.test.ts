import fs from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../lib/paths.ts';
import { readabilityReport } from './readability-report.ts';

const fixture = parseSnapshot(JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json'), 'utf8')));
const CMS = 'https://cms.example.se';

/** The fixture with one insats's description replaced by hard text. */
function withHardText(): Snapshot {
  const copy = structuredClone(fixture);
  const insats = copy.collections.insatser[0];
  if (!insats) throw new Error('Fixturen saknar insatser.');
  insats.data.beskrivning = [
    {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text: 'Arbetsmarknadspolitiska insatser tillhandahålls företrädesvis genom samordningsförbundets finansiering, varvid deltagarens rehabiliteringsbehov kartläggs inledningsvis och kontinuerligt av respektive myndighets handläggare i samverkan med kommunens socialtjänst, regionens vårdcentraler och Arbetsförmedlingens lokalkontor.',
        },
      ],
    },
  ];
  return copy;
}

describe('the content report: texts furthest from their plain-language target', () => {
  it('lists the hardest text first, with its measures and a link to edit it', () => {
    const snapshot = withHardText();
    const insats = snapshot.collections.insatser[0];
    const [first] = readabilityReport(snapshot, CMS);
    expect(first).toMatchObject({
      contentType: 'api::insats.insats',
      slug: insats?.data.slug,
      field: 'beskrivning',
      style: 'klarsprak',
      adminUrl: `${CMS}/admin/content-manager/collection-types/api::insats.insats/${insats?.data.documentId}`,
    });
    expect(first?.lix).toBeGreaterThan(60);
    expect(first?.meanSentenceWords).toBeGreaterThan(25);
  });

  it('lists only texts over their target, sorted by distance, and measures lättläst against its own target', () => {
    const report = readabilityReport(fixture, CMS);
    expect(report.every((e) => e.distance > 0)).toBe(true);
    expect(report.map((e) => e.distance)).toEqual([...report.map((e) => e.distance)].sort((a, b) => b - a));
    for (const e of report) expect(e.style).toBe(e.field === 'lattlast' ? 'lattlast' : 'klarsprak');
  });
});
