/** One accessibility problem on one page, whichever check found it. */
export interface A11yFinding {
  /** URL path of the page ("/vagval/jonsbo"). */
  page: string;
  /** Which check: a pa11y runner (axe, htmlcs), our static checks or html-validate. */
  source: 'axe' | 'htmlcs' | 'static' | 'html-validate' | 'pa11y';
  /** Rule id or code, e.g. "image-alt", "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37", "exactly-one-h1". */
  rule: string;
  /** CSS selector or a short excerpt of the element. */
  element: string;
  /** What is wrong and how to fix it (the runner's message). */
  fix: string;
  /** Further reading, when the rule has it (axe's helpUrl, html-validate's rule page). */
  helpUrl?: string | undefined;
  /** HTML excerpt of the element, when known. */
  context?: string | undefined;
}

/** Findings counted per rule, most frequent first. */
export function countByRule(findings: A11yFinding[]): { rule: string; source: A11yFinding['source']; count: number }[] {
  const counts = new Map<string, { rule: string; source: A11yFinding['source']; count: number }>();
  for (const f of findings) {
    const key = `${f.source}\u0000${f.rule}`;
    const entry = counts.get(key) ?? { rule: f.rule, source: f.source, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
