import { type GuideFraga, type GuideRegel, validateGuideFlowGraph } from '@vg/shared-schema';
import type { FieldProblem } from './content-validation';

type Rule = Partial<GuideRegel> & { rubrik?: string | null };

const isKey = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** What a rule's condition says, short: "svar = arbete", "minst 20 tim", "alltid". */
function answerText(r: Rule): string {
  const v = isKey(r.varde) ? r.varde : '?';
  switch (r.villkor) {
    case 'svar-ar':
      return `svar = ${v}`;
    case 'svar-innehaller':
      return `svar innehåller ${v}`;
    case 'timmar-minst':
      return `minst ${v} tim`;
    case 'timmar-hogst':
      return `högst ${v} tim`;
    default:
      return 'alltid';
  }
}

/** A rule's heading in the editor's collapsed list: "fråga → svar → nästa", e.g. "mal → svar = arbete → timmar". */
export function ruleHeading(r: Rule): string {
  return `${isKey(r.fraga) ? r.fraga : '?'} → ${answerText(r)} → ${isKey(r.nasta) ? r.nasta : '?'}`.slice(0, 200);
}

/** Gives every rule in a Hitta rätt save its heading (the private field `rubrik`, the rule's title in the admin). */
export function nameRules(data: Record<string, unknown>): void {
  if (!Array.isArray(data.regler)) return;
  for (const r of data.regler as Rule[]) if (r && typeof r === 'object') r.rubrik = ruleHeading(r);
}

/**
 * Save-time check of a Hitta rätt draft: a rule whose "Fråga" or "Nästa" names a key that does
 * not exist (or that closes a loop) is a wrong value, refused at save as at publish, at the field.
 * Unfinished parts (an empty key, a question without rules, an unreachable question) wait for publish.
 * Needs the whole flow in the save (the admin sends it); a partial save is checked at publish.
 */
export function guideDraftProblems(data: Record<string, unknown>): FieldProblem[] {
  const { regler, fragor, utfall } = data;
  if (!Array.isArray(regler) || !Array.isArray(fragor) || !Array.isArray(utfall)) return [];
  const rules = regler as Rule[];
  const problems = validateGuideFlowGraph({
    start: typeof data.start === 'string' ? data.start : '',
    fragor: (fragor as Record<string, unknown>[]).map((f) => ({
      nyckel: String(f?.nyckel ?? ''),
      typ: f?.typ as GuideFraga['typ'],
      alternativ: (Array.isArray(f?.alternativ) ? f.alternativ : []) as GuideFraga['alternativ'],
    })),
    regler: rules.map((r) => ({ ...r, fraga: String(r?.fraga ?? ''), nasta: String(r?.nasta ?? ''), villkor: r?.villkor ?? 'alltid' })),
    utfall: (utfall as Record<string, unknown>[]).map((u) => ({ nyckel: String(u?.nyckel ?? '') })),
  });
  return problems.filter((p) => {
    const [list, index, field] = p.path;
    return list === 'regler' && typeof index === 'number' && (field === 'fraga' || field === 'nasta') && isKey(rules[index]?.[field]);
  });
}
