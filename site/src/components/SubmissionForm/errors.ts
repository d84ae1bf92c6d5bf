/**
 * Showing what is wrong: each wrong field marked with its message (joined to it by
 * aria-describedby), all of them in the error summary that takes focus, "Fel: " in the title;
 * or, when the proposal could not be sent at all, the status panel.
 */

import { faltFor, faltId } from '../../intake/field-path.ts';
import type { FaltFel } from '../../intake/response.ts';
import { doljFelsammanfattning, type SammanfattningsFel, visaFelsammanfattning } from '../ErrorSummary/error-summary.ts';
import type { Sida } from './page.ts';

/** The element that carries the field's description: the fieldset of a group, else the control. */
const beskrivs = (wrapper: Element, id: string) =>
  (wrapper.tagName === 'FIELDSET' ? wrapper : document.getElementById(id)) as HTMLElement | null;

export function rensaFel(sida: Sida): void {
  for (const wrapper of sida.form.querySelectorAll('.falt--fel')) {
    const id = faltId(wrapper.getAttribute('data-falt') ?? '');
    wrapper.classList.remove('falt--fel');
    const text = document.getElementById(`${id}-fel`);
    if (text) {
      text.hidden = true;
      text.textContent = '';
    }
    const el = beskrivs(wrapper, id);
    el?.setAttribute('aria-describedby', `${id}-hint`);
    el?.removeAttribute('aria-invalid');
  }
  doljFelsammanfattning(sida.sammanfattning);
  document.title = sida.titel;
}

/** The summary's entries: one per field (its messages joined, each once), and errors about no field on their own. */
function perFalt(sida: Sida, fel: FaltFel[]): { lista: SammanfattningsFel[]; falt: Map<string, SammanfattningsFel> } {
  const finns = (falt: string) => sida.form.querySelector(`[data-falt="${falt}"]`) !== null;
  const falt = new Map<string, SammanfattningsFel>();
  const lista: SammanfattningsFel[] = [];
  for (const f of fel) {
    const path = faltFor(f.path, finns);
    const id = path && faltId(path);
    const tidigare = id && falt.get(id);
    if (tidigare) {
      if (!tidigare.text.includes(f.text)) tidigare.text = `${tidigare.text} ${f.text}`;
      continue;
    }
    const post = { id, text: f.text };
    if (id) falt.set(id, post);
    lista.push(post);
  }
  return { lista, falt };
}

function markera(id: string, text: string): void {
  const wrapper = document.getElementById(`${id}-fel`)?.closest('[data-falt]');
  if (!wrapper) return;
  wrapper.classList.add('falt--fel');
  const fel = document.getElementById(`${id}-fel`) as HTMLElement;
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = 'Fel: ';
  fel.replaceChildren(span, text);
  fel.hidden = false;
  const el = beskrivs(wrapper, id);
  el?.setAttribute('aria-describedby', `${id}-hint ${id}-fel`);
  if (el && el.tagName !== 'FIELDSET') el.setAttribute('aria-invalid', 'true');
}

/** Marks each wrong field and lists them all in the summary. */
export function visaFel(sida: Sida, fel: FaltFel[]): void {
  rensaFel(sida);
  sida.status.hidden = true;
  const { lista, falt } = perFalt(sida, fel);
  for (const [id, post] of falt) markera(id, post.text);
  document.title = `Fel: ${sida.titel}`;
  visaFelsammanfattning(sida.sammanfattning, lista);
}

/** The proposal is not sent: says why, and offers to try again when that can help. */
export function visaStatus(sida: Sida, text: string, kanForsokaIgen: boolean): void {
  rensaFel(sida);
  sida.statusText.textContent = text;
  sida.forsokIgen.hidden = !kanForsokaIgen;
  sida.status.hidden = false;
  document.title = `Fel: ${sida.titel}`;
  sida.statusRubrik.focus();
}
