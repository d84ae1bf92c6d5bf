/**
 * What the result page shows, worked out from the engine's outcome and the loaded cards, and
 * the same list as plain text for copying. Pure: no DOM, so it is unit-tested.
 */
import { type GuideCard, insatsPath, type MatchOutcome, type MatchResult, widenedText } from '@vg/shared-schema/guide';

export { widenedText };

/** One result with its card's words. */
export interface ShownResult {
  readonly result: MatchResult;
  readonly card: GuideCard;
  readonly path: string;
}

export const withCards = (results: readonly MatchResult[], cards: ReadonlyMap<number, GuideCard>): ShownResult[] =>
  results.flatMap((result) => {
    const card = cards.get(result.id);
    return card ? [{ result, card, path: insatsPath(card) }] : [];
  });

/** Where an insats is, in words: "Linköping och Kinda" or "Digitalt – var du än bor". */
export function placeText(r: MatchResult): string {
  const names = r.insats.kommuner;
  if (names.length === 0) return 'Digitalt – var du än bor';
  const where = names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
  return r.insats.digital ? `${where}, och digitalt` : where;
}

/** Free places or queue in words, or null when unknown. */
export function platserText(r: MatchResult): string | null {
  const { lediga, ko } = r.insats;
  if (lediga !== undefined && lediga > 0) return lediga === 1 ? '1 ledig plats just nu' : `${lediga} lediga platser just nu`;
  if (ko) return 'Kö just nu';
  if (lediga === 0) return 'Inga lediga platser just nu';
  return null;
}

/** "Vi hittade 12 förslag." — announced politely when the results appear. */
export function countText(total: number, shown: number): string {
  if (total === 0) return 'Vi hittade inga förslag som passar dina svar.';
  if (total > shown) return `Vi hittade ${total} förslag. Här är de ${shown} som passar bäst.`;
  return total === 1 ? 'Vi hittade 1 förslag.' : `Vi hittade ${total} förslag.`;
}

/**
 * The results as plain text with contact details, for a case worker to paste into an e-mail
 * or a journal. `origin` turns the insats pages into full addresses.
 */
export function resultsAsText(outcome: MatchOutcome, shown: readonly ShownResult[], origin: string, heading: string): string {
  const lines: string[] = [heading, ''];
  const widened = widenedText(outcome.widened, outcome.kommun?.namn ?? null, outcome.contact?.kortnamn ?? outcome.contact?.forbund ?? null);
  if (widened) lines.push(widened, '');
  shown.forEach(({ result, card, path }, n) => {
    lines.push(`${n + 1}. ${card.n}`);
    lines.push(`   ${card.m}`);
    lines.push(`   Var: ${placeText(result)}`);
    const platser = platserText(result);
    if (platser) lines.push(`   Platser: ${platser}`);
    lines.push(`   Drivs av: ${card.o}`);
    if (card.c) {
      const how = [card.c.t ? `telefon ${card.c.t}` : '', card.c.e ? `e-post ${card.c.e}` : '', card.c.w ?? ''].filter((x) => x !== '');
      lines.push(`   Kontakt: ${card.c.r}${how.length ? `, ${how.join(', ')}` : ''}`);
    }
    lines.push(`   Mer information: ${new URL(path, origin).href}`, '');
  });
  const c = outcome.contact;
  if (c) {
    const how = [c.telefon ? `telefon ${c.telefon}` : '', c.epost ? `e-post ${c.epost}` : '', c.webb ?? ''].filter((x) => x !== '');
    lines.push(
      `Frågor? Kontakta ${c.forbund}${c.kortnamn ? ` (${c.kortnamn})` : ''}: ${c.roll}${how.length ? `, ${how.join(', ')}` : ''}.`,
    );
  }
  return `${lines.join('\n').trim()}\n`;
}
