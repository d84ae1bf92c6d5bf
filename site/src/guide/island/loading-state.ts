/**
 * The guide's loading state on `<html data-guide>`: `laddar` from the first paint until the island
 * has its index, then `klar`; `fel` when the index cannot be loaded, or has not come within
 * FALLBACK_AFTER_MS, so the no-JS way to Vägval shows again. CSS in hitta-ratt.css keys on it.
 */
export type GuideLoadingState = 'laddar' | 'klar' | 'fel';

export const FALLBACK_AFTER_MS = 15_000;

/**
 * Runs inline before the page is drawn (a module script runs after the first paint, too late to
 * keep the layout still). Its hash is in the site's CSP like every inline script.
 */
export const GUIDE_LOADING_SCRIPT = `(function(h){h.dataset.guide='laddar';setTimeout(function(){if(h.dataset.guide==='laddar')h.dataset.guide='fel'},${FALLBACK_AFTER_MS})})(document.documentElement)`;

export function setGuideLoadingState(state: GuideLoadingState, doc: Document = document): void {
  doc.documentElement.dataset.guide = state;
}
