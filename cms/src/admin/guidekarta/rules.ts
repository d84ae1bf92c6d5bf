/**
 * The guide map's page (Guidekarta): what it reads, what it says and where it draws each box and
 * arrow. Plain functions (no React, no Strapi imports), so the drawing and the wording are tested
 * without a browser.
 */
import type { GuideMap, GuideMapEdge, GuideMapNode, GuideMapStatus } from '@vg/shared-schema';
import type { PathStep } from '@vg/shared-schema/guide';

/** The draft the editors are working on, read through the content manager (the editor's own permissions). */
export const HITTA_RATT_MODEL = 'api::hitta-ratt.hitta-ratt';
export const DRAFT_URL = `/content-manager/single-types/${HITTA_RATT_MODEL}`;
export const EDIT_PATH = `/content-manager/single-types/${HITTA_RATT_MODEL}`;
export const PAGE_PATH = 'guidekarta';
/** The insatser a tried path leads to with the published content (cms/src/guidekarta/routes.ts). */
export const SUGGESTIONS_URL = '/guidekarta/forslag';

export const TEXT = {
  menu: 'Guidekarta',
  title: 'Guidekarta – Hitta rätt',
  intro:
    'Kartan visar guiden så som den är sparad just nu (utkastet): frågorna uppifrån och ned, en pil för varje regel och utfallen sist. Spara i "Hitta rätt" och ladda om sidan för att se ändringar.',
  edit: 'Öppna Hitta rätt',
  loading: 'Hämtar guiden …',
  noAccess: 'Du har inte behörighet att läsa Hitta rätt.',
  empty: 'Guiden har inga frågor eller utfall ännu. Lägg till dem i "Hitta rätt".',
  diagramLabel: 'Guiden som karta. Samma innehåll finns som lista under kartan.',
  allOk: 'Alla frågor och utfall går att nå, och alla svar leder vidare till ett utfall.',
  problemsHeading: (n: number) =>
    n === 1 ? '1 sak att rätta innan guiden kan publiceras' : `${n} saker att rätta innan guiden kan publiceras`,
  listHeading: 'Frågor och utfall i ordning',
  tryHeading: 'Prova en väg',
  tryIntro: 'Välj ett svar i taget, så visas vägen i kartan och vart den leder.',
  tryAt: (rubrik: string) => `Du står på: ${rubrik}`,
  tryDone: (rubrik: string) => `Vägen slutar i utfallet: ${rubrik}`,
  tryStuck: 'Härifrån leder ingen regel vidare – det här är en återvändsgränd.',
  tryBack: 'Ett steg tillbaka',
  tryReset: 'Börja om',
  start: 'Start',
  insatserHeading: 'Insatser som webbplatsen föreslår',
  insatserIntro:
    'Samma förslag som en besökare får för de här svaren, räknade på det publicerade innehållet (inte på utkasten). Frågor där vägen tar "alla andra svar" får ett svar som inte styr förslagen.',
  insatserLoading: 'Hämtar förslagen …',
  insatserCount: (antal: number, visade: number) =>
    antal === 0
      ? 'Inga publicerade insatser passar svaren.'
      : antal > visade
        ? `${antal} publicerade insatser passar svaren. Här är de ${visade} som webbplatsen visar, bäst först.`
        : antal === 1
          ? '1 publicerad insats passar svaren.'
          : `${antal} publicerade insatser passar svaren, bäst först.`,
  insatserNone: (utfall: string) => `Utfallet "${utfall}" visar inga insatser på webbplatsen.`,
  chooseKommun: (fraga: string) =>
    `Vägen går genom frågan "${fraga}". Vilka insatser som föreslås beror på kommunen: välj en för att se förslagen.`,
  kommunLabel: 'Kommun att prova med',
  kommunNone: 'Välj kommun',
  stops: (fraga: string) =>
    `Den publicerade guiden frågar också "${fraga}", som vägen i utkastet inte svarar på. Publicera Hitta rätt för att se förslagen för den här vägen.`,
  otherOutcome: (utfall: string) => `Med den publicerade guiden slutar svaren i utfallet "${utfall}".`,
  missingRule: (fraga: string, villkor: string) => `Den publicerade guiden har ingen regel "${villkor}" för frågan "${fraga}".`,
  answersHeading: 'Svaren förslagen bygger på',
  widened: (sentence: string) => `Sökningen fick vidgas. Besökaren läser: "${sentence}"`,
  reasons: 'Varför',
  skipped: (n: number) =>
    n === 1
      ? '1 publicerad post följer inte formatet och är inte med (webbplatsen byggs inte förrän den är rättad).'
      : `${n} publicerade poster följer inte formatet och är inte med (webbplatsen byggs inte förrän de är rättade).`,
} as const;

export const STATUS_TEXT: Record<GuideMapStatus, string> = {
  ok: '',
  oatkomlig: 'Går inte att nå',
  atervandsgrand: 'Återvändsgränd',
  saknas: 'Finns inte',
};

export const NODE_KIND: Record<GuideMapNode['typ'], string> = { fraga: 'Fråga', utfall: 'Utfall', saknas: 'Saknas' };

/** The draft inside the content manager's answer, or undefined when the answer has no entry. */
export function draftOf(body: unknown): Record<string, unknown> | undefined {
  const data = (body as { data?: unknown } | null)?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

export const BOX = { width: 210, height: 92, columnGap: 28, levelGap: 96, margin: 16 } as const;
const CHARS_PER_LINE = 30;
const MAX_LINES = 3;
const LABEL_CHARS = 26;

export interface PlacedNode {
  node: GuideMapNode;
  x: number;
  y: number;
  lines: string[];
}
export interface PlacedEdge {
  edge: GuideMapEdge;
  d: string;
  labelX: number;
  labelY: number;
  label: string;
}
export interface Drawing {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** A heading broken into lines that fit a box; the last line ends in "…" when it does not all fit. */
export function wrap(text: string, perLine = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}-` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.slice(0, perLine - 1)}…`;
  return kept;
}

const shorten = (s: string, n = LABEL_CHARS) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * Where every box and arrow goes: the map's columns become levels from the top down (a page
 * scrolls down, and no level is wider than a few boxes), each level centred; arrows leave a box
 * spread along its bottom edge and carry their answers at their middle.
 */
export function draw(map: GuideMap): Drawing {
  const perLevel = new Map<number, number>();
  for (const n of map.noder) perLevel.set(n.kolumn, Math.max(perLevel.get(n.kolumn) ?? 0, n.rad + 1));
  const widest = Math.max(1, ...perLevel.values());
  const step = BOX.width + BOX.columnGap;
  const place = new Map<string, PlacedNode>();
  for (const node of map.noder)
    place.set(node.nyckel, {
      node,
      x: BOX.margin + ((widest - (perLevel.get(node.kolumn) ?? 1)) * step) / 2 + node.rad * step,
      y: BOX.margin + node.kolumn * (BOX.height + BOX.levelGap),
      lines: wrap(node.rubrik),
    });
  const edges: PlacedEdge[] = [];
  const outgoing = new Map<string, GuideMapEdge[]>();
  for (const e of map.pilar) outgoing.set(e.fran, [...(outgoing.get(e.fran) ?? []), e]);
  for (const [from, list] of outgoing) {
    const a = place.get(from);
    if (!a) continue;
    list.forEach((edge, k) => {
      const b = place.get(edge.till);
      if (!b) return;
      const x1 = a.x + (BOX.width * (k + 1)) / (list.length + 1);
      const y1 = a.y + BOX.height;
      const x2 = b.x + BOX.width / 2;
      const y2 = b.y;
      const bend = Math.max(40, Math.abs(y2 - y1) / 2);
      edges.push({
        edge,
        d: `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`,
        labelX: (x1 + x2) / 2 + 4,
        labelY: (y1 + y2) / 2,
        label: shorten(edge.villkor),
      });
    });
  }
  const nodes = [...place.values()];
  const width = Math.max(BOX.width, ...nodes.map((n) => n.x + BOX.width)) + BOX.margin;
  const height = Math.max(BOX.height, ...nodes.map((n) => n.y + BOX.height)) + BOX.margin;
  return { width, height, nodes, edges };
}

// ---------------------------------------------------------------------------------------------
// Trying a path
// ---------------------------------------------------------------------------------------------

/** Where a chosen path stands: the nodes and arrows on it, and the arrows the editor can take next. */
export interface TriedPath {
  noder: string[];
  pilar: GuideMapEdge[];
  here: GuideMapNode | undefined;
  next: GuideMapEdge[];
}

/** Follows the chosen rules from the start; a choice that no longer leaves the node reached (the flow changed) ends the path there. */
export function tryPath(map: GuideMap, chosen: readonly number[]): TriedPath {
  const byKey = new Map(map.noder.map((n) => [n.nyckel, n]));
  const noder = [map.start];
  const pilar: GuideMapEdge[] = [];
  let here = map.start;
  for (const regel of chosen) {
    const edge = map.pilar.find((p) => p.regel === regel && p.fran === here && p.status === 'ok');
    if (!edge) break;
    pilar.push(edge);
    here = edge.till;
    noder.push(here);
  }
  const node = byKey.get(here);
  const next = node?.typ === 'fraga' ? map.pilar.filter((p) => p.fran === here && p.status === 'ok') : [];
  return { noder, pilar, here: node, next };
}

/**
 * The draft's rules along a tried path, as the suggestions route takes them: the question, the
 * condition and its value of each rule taken. Rules the draft no longer has are left out.
 */
export function pathSteps(draft: Record<string, unknown> | undefined, pilar: readonly GuideMapEdge[]): PathStep[] {
  const regler = Array.isArray(draft?.regler) ? (draft.regler as Record<string, unknown>[]) : [];
  return pilar.flatMap((p) => {
    const r = regler[p.regel];
    if (!r || typeof r.fraga !== 'string' || typeof r.villkor !== 'string') return [];
    const varde = typeof r.varde === 'string' && r.varde.trim() !== '' ? r.varde.trim() : null;
    return [{ fraga: r.fraga.trim(), villkor: r.villkor as PathStep['villkor'], varde }];
  });
}

/** What the suggestions route answers (types only: nothing of the server reaches the admin bundle). */
export type { PathSuggestionsAnswer } from '../../guidekarta/suggestions';
