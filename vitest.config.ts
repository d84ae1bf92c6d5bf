import fs from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files so long that they must start first, or the run ends waiting for them alone (the pa11y audit: 2–4 minutes). */
const FIRST = ['tests/a11y/audit.test.ts'];

/**
 * Longest first, across projects: vitest's own order runs one project after another (by name),
 * which left the longest files — the cross-package tests — for the end, one core idle beside them.
 * Durations of the last run when vitest has them for every file, otherwise file size (the large
 * files are the ones that start a CMS, build a site or drive Chromium); failed files first, as
 * vitest does.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const results = new Map(files.map((spec) => [spec, cache.getTestSpecificationResult(spec)]));
    const known = files.every((spec) => results.get(spec));
    const size = new Map(files.map((spec) => [spec, known ? 0 : fs.statSync(spec.moduleId).size]));
    const first = (spec: TestSpecification) => FIRST.findIndex((f) => spec.moduleId.endsWith(`/${f}`));
    const rank = (spec: TestSpecification) => (first(spec) === -1 ? FIRST.length : first(spec));
    return [...files].sort((a, b) => {
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      const [ra, rb] = [results.get(a), results.get(b)];
      if (!known || !ra || !rb) return (size.get(b) ?? 0) - (size.get(a) ?? 0);
      if (ra.failed !== rb.failed) return ra.failed ? -1 : 1;
      return rb.duration - ra.duration;
    });
  }
}

// One run covers every package; each keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: ['shared-schema', 'scripts', 'site', 'cms', 'tests', 'tests/security'],
    // Two files at a time: most of the suite waits on real servers (Strapi, PostgreSQL, Chromium),
    // so two overlap well even on two cores.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
