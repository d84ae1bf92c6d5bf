// `pnpm test` (README: scripts/vg test): every check CI runs, in the order that fails fastest.
import { ROOT } from '../lib/paths.ts';
import { main, run } from '../lib/processes.ts';

main(async () => {
  const started = Date.now();
  const step = async (title: string, command: string, args: string[]) => {
    const t = Date.now();
    console.log(`\n▶ ${title}`);
    await run(command, args, { cwd: ROOT });
    console.log(`✔ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  };
  const pnpm = 'pnpm';
  await step('Lint och format (biome)', pnpm, ['exec', 'biome', 'ci', '.']);
  await step('Typkontroll', pnpm, ['run', 'typecheck']);
  // Includes the accessibility audit (tests/a11y): the demo site built from the fixture snapshot must
  // pass the static checks and pa11y with 0 issues, plus the browser states and the statement check.
  await step('Tester (vitest, alla paket, med tillgänglighetsgranskningen)', pnpm, ['exec', 'vitest', 'run', ...process.argv.slice(2)]);
  console.log(`\nAllt gick igenom på ${((Date.now() - started) / 1000).toFixed(0)} s.`);
});
