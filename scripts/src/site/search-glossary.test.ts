import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSnapshotFile, glossaryFromSnapshot, readGlossary } from './search-glossary.ts';
import { begreppItem, writeGlossarySnapshot } from './test-fixture.ts';

describe('the glossary from the snapshot', () => {
  it("reads term, slug and aliases from the begrepp collection, in the site's Swedish order", () => {
    const snapshot = {
      collections: {
        begrepp: [
          begreppItem('socialtjansten', 'Socialtjänsten', ['soc']),
          begreppItem('csn', 'CSN', []),
          begreppItem('forsakringskassan', 'Försäkringskassan', ['FK']),
          begreppItem('insats', 'Insats', ['insatser', ' ', 'aktivitet']),
        ],
      },
    };
    expect(glossaryFromSnapshot(snapshot, 'x')).toEqual([
      { slug: 'csn', term: 'CSN', aliases: [] },
      { slug: 'forsakringskassan', term: 'Försäkringskassan', aliases: ['FK'] },
      // A blank alias finds nothing: left out.
      { slug: 'insats', term: 'Insats', aliases: ['insatser', 'aktivitet'] },
      { slug: 'socialtjansten', term: 'Socialtjänsten', aliases: ['soc'] },
    ]);
  });

  it('refuses begrepp that break the format, naming the file and the field', () => {
    const broken = begreppItem('x', 'X', []);
    const snapshot = { collections: { begrepp: [{ ...broken, data: { ...broken.data, alias: [{ a: 1 }] } }] } };
    expect(() => glossaryFromSnapshot(snapshot, 'snap.json')).toThrow(/snap\.json.*collections\.begrepp\.0\.data\.alias\.0\.text/);
    expect(() => glossaryFromSnapshot({}, 'snap.json')).toThrow(/begreppen i snap\.json/);
  });

  it('reads a snapshot file, and names one it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-search-glossary-'));
    try {
      const file = writeGlossarySnapshot(dir, [begreppItem('fk', 'Försäkringskassan', ['FK'])]);
      expect(readGlossary(file)).toEqual([{ slug: 'fk', term: 'Försäkringskassan', aliases: ['FK'] }]);
      expect(() => readGlossary(path.join(dir, 'saknas.json'))).toThrow(/saknas\.json gick inte att läsa/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the snapshot a build reads the way the site does: SNAPSHOT_PATH from the site folder, else the default', () => {
    expect(builtSnapshotFile({ SNAPSHOT_PATH: '/tmp/x.json' })).toBe('/tmp/x.json');
    expect(builtSnapshotFile({ SNAPSHOT_PATH: 'test/fixtures/snapshot.json' })).toMatch(/\/site\/test\/fixtures\/snapshot\.json$/);
    expect(builtSnapshotFile({})).toMatch(/\/site\/content\/snapshot\.json$/);
  });
});
