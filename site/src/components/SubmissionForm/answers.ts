/** What changes on the page as the answers change. */
import { type Control, forslagTyp } from './controls.ts';

/** The fields needed only for the chosen kind of proposal become required. */
export function updateRequiredForKind(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<Control>('[data-kravs-for]')) el.required = el.dataset.kravsFor === forslagTyp(form);
}

/** Each county's summary says how many of its kommuner are chosen. */
export function updateKommunCounts(form: HTMLFormElement): void {
  for (const lan of form.querySelectorAll('details.kommun-lan')) {
    const chosen = lan.querySelectorAll('input:checked').length;
    const text = lan.querySelector('[data-valda]');
    if (text) text.textContent = chosen === 0 ? '' : `(${chosen} ${chosen === 1 ? 'vald' : 'valda'})`;
  }
}
