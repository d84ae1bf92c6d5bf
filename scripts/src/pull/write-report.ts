import type { ContentProblem } from './content-problem.ts';
import type { NormaliseResult } from './normalise.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The pull's report for the redaktion: every problem and every entry past its review date. */
export function writeReport(file: string, problems: ContentProblem[], stale: NormaliseResult['stale']): void {
  const report = {
    generatedAt: new Date().toISOString(),
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    stale,
  };
  writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}
