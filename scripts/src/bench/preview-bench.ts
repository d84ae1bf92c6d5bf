/**
 * The preview's latency at a size: one insats's draft put into a published snapshot of that size
 * by the pipeline's normalise, then its page rendered by the site's components — everything the
 * preview service does for one request but the CMS's single-document read. The first request
 * also compiles the components it needs; the figure that counts is a warm request.
 */
import type { Snapshot } from '@vg/shared-schema';
import { createSiteRenderer } from '@vg/site/preview/vite-renderer.ts';
import { SITE_DIR } from '../lib/paths.ts';
import { snapshotWithDraft } from '../preview/draft-snapshot.ts';

export interface PreviewFigures {
  insatser: number;
  /** The first preview after the service started (compiling the page's components). */
  firstMs: number;
  /** The median of the warm previews, and its two parts. */
  medianMs: number;
  medianDraftMs: number;
  medianRenderMs: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchPreview(published: Snapshot, runs = 7): Promise<PreviewFigures> {
  const renderer = await createSiteRenderer(SITE_DIR);
  try {
    const insatser = published.collections.insatser;
    const totals: number[] = [];
    const drafts: number[] = [];
    const renders: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const item = insatser[(i * 7919) % insatser.length];
      if (!item) throw new Error('Ögonblicksbilden har inga insatser att förhandsvisa.');
      const entry = { ...structuredClone(item.data), sammanfattning: `Utkast nummer ${i} av sammanfattningen.` } as Record<string, unknown>;
      const started = performance.now();
      const result = snapshotWithDraft(
        published,
        { uid: 'api::insats.insats', documentId: item.data.documentId, locale: item.data.locale ?? null, entry },
        { cmsUrl: 'http://127.0.0.1:1337' },
      );
      const drafted = performance.now();
      if (!result.path)
        throw new Error(`Utkastet av ${item.data.slug} gick inte att visa: ${result.problems.map((p) => p.message).join(' ')}`);
      const html = await renderer.render(result.snapshot, result.path, 'https://valfardsguiden.se');
      const done = performance.now();
      if (!html.includes(`Utkast nummer ${i} av sammanfattningen.`)) throw new Error('Förhandsvisningen visade inte utkastet.');
      totals.push(done - started);
      drafts.push(drafted - started);
      renders.push(done - drafted);
    }
    const [firstMs, ...warm] = totals;
    return {
      insatser: insatser.length,
      firstMs: firstMs as number,
      medianMs: median(warm),
      medianDraftMs: median(drafts.slice(1)),
      medianRenderMs: median(renders.slice(1)),
      runs,
    };
  } finally {
    await renderer.close();
  }
}
