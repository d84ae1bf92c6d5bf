/**
 * Showing what is wrong: each wrong field marked with its message (joined to it by
 * aria-describedby), all of them in the error summary that takes focus, "Fel: " in the title;
 * or, when the proposal could not be sent at all, the status panel.
 */

import { faltFor, faltId } from '../../intake/field-path.ts';
import type { FaltFel } from '../../intake/response.ts';
import { doljFelsammanfattning, type SammanfattningsFel, visaFelsammanfattning } from '../ErrorSummary/error-summary.ts';
import type { FormPage } from './page.ts';

/** The element that carries the field's description: the fieldset of a group, else the control. */
const describedElement = (wrapper: Element, id: string) =>
  (wrapper.tagName === 'FIELDSET' ? wrapper : document.getElementById(id)) as HTMLElement | null;

export function clearErrors(page: FormPage): void {
  for (const wrapper of page.form.querySelectorAll('.falt--fel')) {
    const id = faltId(wrapper.getAttribute('data-falt') ?? '');
    wrapper.classList.remove('falt--fel');
    const text = document.getElementById(`${id}-fel`);
    if (text) {
      text.hidden = true;
      text.textContent = '';
    }
    const el = describedElement(wrapper, id);
    el?.setAttribute('aria-describedby', `${id}-hint`);
    el?.removeAttribute('aria-invalid');
  }
  doljFelsammanfattning(page.summary);
  document.title = page.title;
}

/** The summary's entries: one per field (its messages joined, each once), and errors about no field on their own. */
function byField(page: FormPage, errors: FaltFel[]): { list: SammanfattningsFel[]; fields: Map<string, SammanfattningsFel> } {
  const exists = (name: string) => page.form.querySelector(`[data-falt="${name}"]`) !== null;
  const fields = new Map<string, SammanfattningsFel>();
  const list: SammanfattningsFel[] = [];
  for (const f of errors) {
    const path = faltFor(f.path, exists);
    const id = path && faltId(path);
    const earlier = id && fields.get(id);
    if (earlier) {
      if (!earlier.text.includes(f.text)) earlier.text = `${earlier.text} ${f.text}`;
      continue;
    }
    const entry = { id, text: f.text };
    if (id) fields.set(id, entry);
    list.push(entry);
  }
  return { list, fields };
}

function markField(id: string, text: string): void {
  const wrapper = document.getElementById(`${id}-fel`)?.closest('[data-falt]');
  if (!wrapper) return;
  wrapper.classList.add('falt--fel');
  const message = document.getElementById(`${id}-fel`) as HTMLElement;
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = 'Fel: ';
  message.replaceChildren(span, text);
  message.hidden = false;
  const el = describedElement(wrapper, id);
  el?.setAttribute('aria-describedby', `${id}-hint ${id}-fel`);
  if (el && el.tagName !== 'FIELDSET') el.setAttribute('aria-invalid', 'true');
}

/** Marks each wrong field and lists them all in the summary. */
export function showErrors(page: FormPage, errors: FaltFel[]): void {
  clearErrors(page);
  page.status.hidden = true;
  const { list, fields } = byField(page, errors);
  for (const [id, entry] of fields) markField(id, entry.text);
  document.title = `Fel: ${page.title}`;
  visaFelsammanfattning(page.summary, list);
}

/** The proposal is not sent: says why, and offers to try again when that can help. */
export function showStatus(page: FormPage, text: string, canRetry: boolean): void {
  clearErrors(page);
  page.statusText.textContent = text;
  page.retryButton.hidden = !canRetry;
  page.status.hidden = false;
  document.title = `Fel: ${page.title}`;
  page.statusHeading.focus();
}
