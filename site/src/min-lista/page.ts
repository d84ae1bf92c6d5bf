/**
 * The /min-lista page's script, framework-free: draws the saved list (or a shared link's list)
 * from the static card file, with "Ta bort" per insats, "Töm listan" with a question first,
 * "Skriv ut" and "Dela med en handläggare". No request but the card file; nothing written
 * except when the visitor removes, empties or saves a shared list.
 */
import { PAGE_PATHS } from '@vg/shared-schema/paths';
import type { ListCard, ListCardFile } from './cards.ts';
import { listFragment, listFromFragment } from './share.ts';
import { deviceStorage, readList, type SavedItem, withoutItem, writeList } from './storage.ts';

const CARDS_URL = `${PAGE_PATHS.minLista}/insatser.json`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const link = (href: string, text: string) => {
  const a = el('a', text);
  a.href = href;
  return a;
};
const telHref = (t: string) => `tel:${t.replace(/[^0-9+]/g, '').replace(/^0/, '+46')}`;
const dayText = (day: string) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00`) : null;
  return date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(date) : null;
};

/** One insats in the list, as the insats page would tell it: what, how to get in, contact. */
export function itemElement(item: SavedItem, card: ListCard | undefined, onRemove: (() => void) | null): HTMLLIElement {
  const li = el('li', undefined, 'card min-lista__post');
  const heading = el('h3');
  heading.tabIndex = -1;
  li.append(heading);
  if (!card) {
    heading.textContent = 'En insats som finns inte längre';
    li.append(el('p', `En insats du sparade (”${item.s}”) finns inte längre på Välfärdsguiden. Du kan ta bort den från listan.`));
  } else {
    heading.append(link(card.p, card.n));
    li.append(el('p', card.m));
    if (card.x) li.append(el('p', card.x, 'panel panel--warn'));
    li.append(el('p', `${card.o} driver insatsen.`));
    li.append(el('h4', 'Så kommer du in'));
    const ways = el('ul');
    for (const v of card.v) ways.append(el('li', v));
    li.append(ways);
    if (card.st) {
      const steps = el('ol', undefined, 'steps');
      for (const s of card.st) steps.append(el('li', s));
      li.append(steps);
    }
    if (card.c || card.a || card.dg) {
      li.append(el('h4', 'Kontakt'));
      if (card.c) {
        li.append(el('p', card.c.r));
        const list = el('ul');
        const row = (label: string, a: HTMLAnchorElement) => {
          const r = el('li', `${label}: `);
          r.append(a);
          list.append(r);
        };
        if (card.c.t) row('Telefon', link(telHref(card.c.t), card.c.t));
        if (card.c.e) row('E-post', link(`mailto:${card.c.e}`, card.c.e));
        if (card.c.w) row('Webbplats', link(card.c.w, card.c.w.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')));
        if (list.childElementCount > 0) li.append(list);
      }
      if (card.a) li.append(el('p', `Adress: ${card.a}`));
      if (card.dg) li.append(el('p', 'Insatsen är digital. Du kan vara med var du än bor.'));
    }
  }
  const saved = dayText(item.d);
  if (saved) li.append(el('p', `Sparad ${saved}.`, 'muted'));
  if (onRemove) {
    const remove = el('button', 'Ta bort', 'min-lista__knapp no-print');
    remove.type = 'button';
    remove.append(el('span', ` ${card?.n ?? 'insatsen som inte finns längre'}`, 'visually-hidden'));
    remove.addEventListener('click', onRemove);
    li.append(remove);
  }
  return li;
}

export function startMinLista(): void {
  const root = document.querySelector<HTMLElement>('[data-min-lista]');
  const q = <T extends HTMLElement>(sel: string) => root?.querySelector<T>(sel) ?? null;
  const [
    delad,
    sparaDelad,
    rubrik,
    laddar,
    tom,
    fel,
    poster,
    atgarder,
    skrivUt,
    dela,
    tomKnapp,
    tomFraga,
    tomJa,
    tomNej,
    delaRuta,
    lank,
    status,
  ] = [
    q('[data-delad]'),
    q<HTMLButtonElement>('[data-spara-delad]'),
    q('#min-lista-rubrik'),
    q('[data-laddar]'),
    q('[data-tom]'),
    q('[data-fel]'),
    q<HTMLUListElement>('[data-poster]'),
    q('[data-atgarder]'),
    q<HTMLButtonElement>('[data-skriv-ut]'),
    q<HTMLButtonElement>('[data-dela]'),
    q<HTMLButtonElement>('[data-tom-knapp]'),
    q('[data-tom-fraga]'),
    q<HTMLButtonElement>('[data-tom-ja]'),
    q<HTMLButtonElement>('[data-tom-nej]'),
    q('[data-dela-ruta]'),
    q<HTMLInputElement>('#min-lista-lank'),
    q('[data-status]'),
  ];
  if (!root || !delad || !sparaDelad || !rubrik || !laddar || !tom || !fel || !poster || !atgarder) return;
  if (!skrivUt || !dela || !tomKnapp || !tomFraga || !tomJa || !tomNej || !delaRuta || !lank || !status) return;

  const storage = deviceStorage();
  const shared = listFromFragment(window.location.hash);
  let list: SavedItem[] = shared ?? readList(storage);
  let cards: Record<string, ListCard> | null = null;
  const say = (text: string) => {
    status.textContent = text;
  };

  const draw = () => {
    laddar.hidden = true;
    fel.hidden = true;
    tom.hidden = list.length > 0;
    atgarder.hidden = list.length === 0;
    delad.hidden = !shared;
    tomKnapp.hidden = Boolean(shared);
    if (list.length === 0) tomFraga.hidden = true;
    poster.replaceChildren(...list.map((item, n) => itemElement(item, cards?.[item.s], shared ? null : () => remove(item, n))));
  };
  const remove = (item: SavedItem, n: number) => {
    const name = cards?.[item.s]?.n ?? 'Insatsen';
    list = withoutItem(list, item.s);
    writeList(storage, list);
    delaRuta.hidden = true;
    draw();
    say(`${name} är borttagen från din lista.`);
    // Focus to the next insats's heading, or the list's heading when none is left.
    (poster.querySelectorAll<HTMLElement>('h3')[Math.min(n, list.length - 1)] ?? rubrik).focus();
  };

  skrivUt.addEventListener('click', () => window.print());
  dela.addEventListener('click', async () => {
    lank.value = `${window.location.origin}${PAGE_PATHS.minLista}${listFragment(list)}`;
    delaRuta.hidden = false;
    try {
      await navigator.clipboard.writeText(lank.value);
      say('Länken är kopierad. Skicka den till din handläggare.');
    } catch {
      say('Markera länken i rutan och kopiera den.');
    }
    lank.focus();
    lank.select();
  });
  tomKnapp.addEventListener('click', () => {
    tomFraga.hidden = false;
    tomJa.focus();
  });
  tomNej.addEventListener('click', () => {
    tomFraga.hidden = true;
    tomKnapp.focus();
  });
  tomJa.addEventListener('click', () => {
    list = [];
    writeList(storage, list);
    delaRuta.hidden = true;
    draw();
    say('Listan är tömd.');
    rubrik.focus();
  });
  sparaDelad.addEventListener('click', () => {
    if (!shared) return;
    writeList(storage, shared);
    // The page address without the fragment: from now on it is the visitor's own list.
    window.location.replace(PAGE_PATHS.minLista);
  });

  // Drawn from the first paint where the browser keeps storage; a shared link shows here even where it does not.
  document.documentElement.dataset.minLista = 'ja';
  if (list.length === 0) {
    draw();
    return;
  }
  fetch(CARDS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<ListCardFile>) : Promise.reject(new Error(String(r.status)))))
    .then((file) => {
      cards = file.c;
      draw();
    })
    .catch(() => {
      laddar.hidden = true;
      fel.hidden = false;
    });
}
