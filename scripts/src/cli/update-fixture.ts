// `pnpm fixture:update`: regenerate the committed fixture snapshot (site/test/fixtures/snapshot.json)
// with the real pipeline: a throw-away CMS seeded with cms/data → pull. Never edit the fixture by hand.
import os from 'node:os';
import path from 'node:path';
import { startSeededCms } from '../cms/seeded-cms.ts';
import { compileCms } from '../cms/strapi-process.ts';
import { SITE_DIR } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';
import { formatProblem } from '../pull/content-problem.ts';
import { pull } from '../pull/pull.ts';

export const FIXTURE_SNAPSHOT = path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json');

main(async () => {
  await compileCms();
  const { cms, token } = await startSeededCms();
  try {
    const result = await pull({
      cmsUrl: cms.url,
      token,
      out: FIXTURE_SNAPSHOT,
      reportFile: path.join(os.tmpdir(), 'vg-fixture-report.json'),
      allowInvalid: false,
      // The fixture follows cms/data, which is reviewed in git: removing demo content there is deliberate.
      allowShrink: true,
      // A fixed date keeps the fixture stable between runs (review status is relative to it).
      now: new Date('2026-11-22T12:00:00.000Z'),
    });
    for (const p of result.problems.filter((x) => x.severity === 'error')) console.log(formatProblem(p));
    if (!result.written) throw new UserError('Demoinnehållet har fel — fixturen skrevs inte.');
    console.log(`Fixturen uppdaterad: ${FIXTURE_SNAPSHOT} (${result.ms} ms).`);
  } finally {
    await cms.dispose();
  }
});
