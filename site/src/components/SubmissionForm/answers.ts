/** What changes on the page as the answers change. */
import { forslagTyp, type Kontroll } from './controls.ts';

/** The fields needed only for the chosen kind of proposal become required. */
export function uppdateraTyp(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<Kontroll>('[data-kravs-for]')) el.required = el.dataset.kravsFor === forslagTyp(form);
}

/** Each county's summary says how many of its kommuner are chosen. */
export function uppdateraKommuner(form: HTMLFormElement): void {
  for (const lan of form.querySelectorAll('details.kommun-lan')) {
    const valda = lan.querySelectorAll('input:checked').length;
    const text = lan.querySelector('[data-valda]');
    if (text) text.textContent = valda === 0 ? '' : `(${valda} ${valda === 1 ? 'vald' : 'valda'})`;
  }
}
