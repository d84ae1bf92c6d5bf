import type { ContentProblem } from './content-problem.ts';
import type { NormaliseResult } from './normalise.ts';
import type { ReadabilityEntry } from './readability-report.ts';
import { writeFileAtomic } from './write-atomic.ts';

/**
 * The pull's report for the redaktion: every problem, every entry past its review date, and the
 * published texts furthest from their plain-language targets (furthest first).
 */
export function writeReport(
  file: string,
  problems: ContentProblem[],
  stale: NormaliseResult['stale'],
  readability: ReadabilityEntry[] = [],
): void {
  const report = {
    generatedAt: new Date().toISOString(),
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    stale,
    readability,
  };
  writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}
