/**
 * What the page components show, in the shape they take it: `views.ts` and `filter-groups.ts`
 * make these from the site index, and the components render them. Kept here, below both, so the
 * library does not reach up into components for its types.
 */
import type { Granskning, Insats } from '@vg/shared-schema';
import type { compileTerms } from './glossary.ts';

/** One insats in a list (InsatsCard). */
export interface InsatsCardProps {
  href: string;
  namn: string;
  sammanfattning: string;
  /** Where, in words: "Linköping och Kinda" or "Digitalt – var du än bor". */
  kommuner: string;
  /** Kind of support, e.g. "Arbetsträning". */
  stodform: string;
  /** Shown only when the insats is not simply running, e.g. "Pausad just nu". */
  status?: string | undefined;
  /** Free places or queue in words, e.g. "5 lediga platser". */
  platser?: { text: string; tone: 'ok' | 'warn' } | undefined;
  headingLevel?: 2 | 3;
}

/** One step of a chain (ChainSteps, ChainStep). */
export interface ChainStepView {
  rubrik: string;
  aktor: { label: string; href: string };
  vadHander: string;
  regel?: string | undefined;
  tid?: string | undefined;
  duKan?: string | undefined;
  insatser: { label: string; href: string }[];
  /** Runs at the same time as the step before it. */
  parallell: boolean;
}
export type ChainStepsProps = {
  steps: ChainStepView[];
  slut: { typ: 'arbete-studier' | 'glapp'; forklaring: string };
};

/** A link with an optional line of text under it (InsatsDetail). */
export interface Link {
  href: string;
  label: string;
  /** Optional short text under the link. */
  text?: string | undefined;
}
export type InsatsDetailProps = {
  insats: Insats;
  /** The snapshot item's rendered rich text (beskrivning, lattlast). */
  html: Record<string, string>;
  granskning: Granskning | null;
  organisation: { namn: string; webb?: string | null | undefined };
  forbund?: string | undefined;
  /** Where, in words. */
  kommuner: string;
  malgrupper: { namn: string; beskrivning: string }[];
  livssituationer: Link[];
  forelder?: Link | undefined;
  delar: Link[];
  berattelser: Link[];
  kedjor: Link[];
  fragor: Link[];
  /** Address of the easy-read page, when there is one. */
  lattlastHref?: string | undefined;
  glossary?: { terms: ReturnType<typeof compileTerms>; used: Set<string> } | undefined;
};

/** The Vägval filters (FilterNav). */
export interface FilterGroup {
  /** The group's question, e.g. "Var bor du?". */
  label: string;
  items: { href: string; label: string; count: number }[];
}
export interface FilterNavProps {
  groups: FilterGroup[];
  /** The page being shown, so its link is marked as current. */
  current?: string | undefined;
}
