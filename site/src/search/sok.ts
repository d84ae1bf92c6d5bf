/**
 * /sok in the browser: shows the search form (the HTML alone says search needs JavaScript),
 * fills it from the URL, asks Pagefind and renders results as a list of headings with excerpts.
 * The count goes to a polite live region; focus stays where the visitor is, except "Visa fler
 * träffar", which moves focus to the first new result so keyboard users continue from there.
 */
import { CONTENT_TYPE_LABEL, isContentType } from './content-types.ts';
import {
  countText,
  excerptParts,
  hasFilters,
  pagefindFilters,
  pagefindQuery,
  readState,
  type SearchState,
  siteUrl,
  stateQuery,
} from './query.ts';
import { indexedPages, usesWorker } from './worker-choice.ts';

/** The parts of Pagefind's browser API we use (pagefind.js ships without types). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindModule {
  options: (o: { excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Loaded at run time from the built site, never bundled: the index is made after the build. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const ENTRY_URL = '/pagefind/pagefind-entry.json';
const PAGE_SIZE = 10;

const $ = <T extends Element>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`/sok saknar ${selector}`);
  return el;
};

const app = $<HTMLElement>('[data-sok]');
const noJs = $<HTMLElement>('[data-sok-nojs]');
const form = $<HTMLFormElement>('[data-sok-form]');
const input = $<HTMLInputElement>('#sok-fraga');
const kommun = $<HTMLSelectElement>('#sok-kommun');
const malgrupp = $<HTMLSelectElement>('#sok-malgrupp');
const status = $<HTMLElement>('[data-sok-status]');
const help = $<HTMLElement>('[data-sok-help]');
const helpText = $<HTMLElement>('[data-sok-help-text]');
const list = $<HTMLOListElement>('[data-sok-results]');
const moreWrap = $<HTMLElement>('[data-sok-more-wrap]');
const more = $<HTMLButtonElement>('[data-sok-more]');
const typeBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="typ"]')];

let pagefind: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    // The entry file (a few hundred bytes, fetched alongside the loader) says how big the index is,
    // and that decides whether the search runs in Pagefind's web worker (worker-choice.ts).
    const [mod, pages] = await Promise.all([
      import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>,
      fetch(ENTRY_URL)
        .then((r) => (r.ok ? r.json() : null))
        .then(indexedPages)
        .catch(() => null),
    ]);
    await mod.options({ excerptLength: 24, noWorker: pages !== null && !usesWorker(pages) });
    await mod.init();
    return mod;
  })();
  return pagefind;
}

function formState(): SearchState {
  return {
    q: input.value.trim(),
    typ: typeBoxes.filter((b) => b.checked && isContentType(b.value)).map((b) => b.value as SearchState['typ'][number]),
    kommun: kommun.value,
    malgrupp: malgrupp.value,
  };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const box of typeBoxes) box.checked = (state.typ as string[]).includes(box.value);
  // Only values the page offers; an unknown one from an old link falls back to "all".
  kommun.value = [...kommun.options].some((o) => o.value === state.kommun) ? state.kommun : '';
  malgrupp.value = [...malgrupp.options].some((o) => o.value === state.malgrupp) ? state.malgrupp : '';
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function showHelp(lines: string[]): void {
  helpText.replaceChildren(...lines.map(paragraph));
  help.hidden = false;
}

function clearResults(): void {
  list.replaceChildren();
  list.hidden = true;
  moreWrap.hidden = true;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = siteUrl(data.url);
  a.textContent = data.meta.title ?? siteUrl(data.url);
  h2.append(a);
  li.append(h2);
  const typ = data.filters.typ?.[0];
  if (typ && isContentType(typ)) {
    const type = paragraph(CONTENT_TYPE_LABEL[typ].one);
    type.className = 'muted sok-result__type';
    li.append(type);
  }
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  li.append(excerpt);
  // On the FAQ page each question is its own section: link straight to the matching ones.
  const parts = typ === 'fråga' ? data.sub_results.filter((s) => s.anchor && s.url.includes('#')).slice(0, 3) : [];
  if (parts.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'sok-result__parts';
    for (const part of parts) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = siteUrl(part.url);
      link.textContent = part.title;
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

let current: PagefindResult[] = [];
let shown = 0;
let generation = 0;

async function showMore(focusFirst: boolean): Promise<void> {
  const token = generation;
  const batch = current.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (token !== generation) return;
  const items = data.map(renderResult);
  list.append(...items);
  shown += batch.length;
  list.hidden = shown === 0;
  moreWrap.hidden = shown >= current.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

async function run(state: SearchState): Promise<void> {
  const token = ++generation;
  help.hidden = true;
  if (!state.q && !hasFilters(state)) {
    clearResults();
    current = [];
    status.textContent = 'Skriv vad du letar efter i sökrutan.';
    showHelp([
      'Skriv ett eller flera ord, till exempel arbetsträning, sjukskriven eller SFI. Du kan också välja filter och se allt som passar dem.',
    ]);
    return;
  }
  let results: PagefindResult[];
  try {
    const pf = await loadPagefind();
    results = (await pf.search(state.q ? pagefindQuery(state.q) : null, { filters: pagefindFilters(state) }))?.results ?? [];
  } catch {
    if (token !== generation) return;
    clearResults();
    status.textContent = 'Sökningen fungerar inte just nu. Försök igen om en stund.';
    showHelp(['Under tiden hittar du allt innehåll i listorna nedan.']);
    return;
  }
  if (token !== generation) return;
  clearResults();
  current = results;
  shown = 0;
  if (results.length === 0) {
    status.textContent = countText(0, state);
    showHelp([
      'Kontrollera stavningen, eller prova ett annat eller kortare ord. Förkortningar som FK och AF går också bra.',
      ...(hasFilters(state) ? ['Du har valt filter. Ta bort några av dem för att se fler träffar.'] : []),
    ]);
    return;
  }
  await showMore(false);
  if (token !== generation) return;
  status.textContent = countText(results.length, state);
}

function search(history: 'push' | 'replace'): void {
  const state = formState();
  const url = `${location.pathname}${stateQuery(state)}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search('push');
});
// Filters apply at once; the status line says how many results are left.
form.addEventListener('change', (event) => {
  if (event.target !== input) search('replace');
});
more.addEventListener('click', () => void showMore(true));
window.addEventListener('popstate', () => {
  const state = readState(new URLSearchParams(location.search));
  fillForm(state);
  void run(state);
});

noJs.hidden = true;
app.hidden = false;
const initial = readState(new URLSearchParams(location.search));
fillForm(initial);
void run(initial);
// Start fetching the index while the visitor reads or types.
if (!initial.q) void loadPagefind().catch(() => undefined);
