/**
 * Every content type with a page on the site previews: a changed text of an entry shows on the
 * page the site gives that entry, rendered by the site's components from the fixture snapshot
 * with the draft put in — the path the preview service takes for each request.
 */
import { SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import { readSnapshotFile } from '@vg/site/content/snapshot-loader.ts';
import { createSiteRenderer, type SiteRenderer } from '@vg/site/preview/vite-renderer.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../lib/paths.ts';
import { snapshotWithDraft } from './draft-snapshot.ts';

const FIXTURE = new URL('../../../site/test/fixtures/snapshot.json', import.meta.url).pathname;
/** The text each type's page shows most plainly: the one the test changes. */
const SHOWN_FIELD = ['sammanfattning', 'ingress', 'fraga', 'definition', 'namn', 'titel'];
const PAGE_TYPES = SNAPSHOT_SOURCES.filter((s) => s.path !== null);

describe('a draft of every type with a page, previewed', () => {
  let renderer: SiteRenderer;
  let published: Snapshot;
  beforeAll(async () => {
    renderer = await createSiteRenderer(SITE_DIR);
    published = readSnapshotFile(FIXTURE);
  });
  afterAll(async () => {
    await renderer?.close();
  });

  it('covers every such type', () => {
    expect(PAGE_TYPES.map((s) => s.name).sort()).toEqual(
      [
        'aktorer',
        'begrepp',
        'berattelser',
        'forbund',
        'fragor',
        'hittaRatt',
        'insatser',
        'kedjor',
        'startsida',
        'tillganglighetsredogorelse',
      ].sort(),
    );
  });

  it.each(PAGE_TYPES.map((s) => [s.name, s] as const))('%s', async (_name, source) => {
    const stored = (source.kind === 'collection' ? published.collections : published.singles) as Record<string, unknown>;
    const value = stored[source.name] as { data: Record<string, unknown> }[] | { data: Record<string, unknown> };
    const item = Array.isArray(value) ? value[0] : value;
    if (!item) throw new Error(`Testdatat saknar ${source.name}.`);
    const field = SHOWN_FIELD.find((f) => typeof item.data[f] === 'string') as string;
    const text = `Ändrat i utkastet (${source.name})`;
    const entry = { ...structuredClone(item.data), [field]: text };
    const result = snapshotWithDraft(
      published,
      { uid: source.uid, documentId: String(item.data.documentId), locale: (item.data.locale as string | undefined) ?? null, entry },
      { cmsUrl: 'http://127.0.0.1:1337' },
    );
    expect(result.path, JSON.stringify(result.problems)).not.toBeNull();
    const html = await renderer.render(result.snapshot, (result.path as string).split('#')[0] || '/', 'https://valfardsguiden.example');
    expect(html, `${source.name}.${field} on ${result.path}`).toContain(text);
  });
});
