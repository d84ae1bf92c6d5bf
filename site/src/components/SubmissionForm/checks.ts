/**
 * Checking the form before it is sent: the browser's constraint API, with our own checks set as
 * custom validity so it reports them with its own, and the Swedish message for each wrong field.
 */
import { formFieldPath } from '@vg/shared-schema/intake/form';
import type { FaltFel } from '../../intake/response.ts';
import { felmeddelande, textFel } from '../../intake/validate.ts';
import { updateRequiredForKind } from './answers.ts';
import { type Control, controls, forslagTyp, hasValue, payload } from './controls.ts';

const num = (v: string | undefined) => (v ? Number(v) : undefined);

/** No HTML, length limits that name the limit, and lists typed one item per line. */
function checkTexts(form: HTMLFormElement): void {
  for (const el of controls(form)) {
    el.setCustomValidity('');
    if (
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && ['text', 'password', 'email', 'tel', 'url'].includes(el.type))
    ) {
      const d = el.dataset;
      el.setCustomValidity(
        textFel(el.value, { etikett: d.etikett ?? '', maxTecken: num(d.maxTecken), radMax: num(d.radMax), raderMax: num(d.raderMax) }),
      );
    }
  }
}

/** A venue or a contact, once begun, needs its required parts. */
function checkGroups(form: HTMLFormElement): void {
  for (const group of form.querySelectorAll('[data-helhet]')) {
    const fields = [...group.querySelectorAll<Control>('input, select, textarea')];
    const begun = fields.some(hasValue);
    for (const el of fields) if (el.hasAttribute('data-kravs-i-helhet')) el.required = begun;
  }
}

/** One of e-mail and phone: the message goes on the first. */
function checkOneOf(form: HTMLFormElement): void {
  const groups = new Map<string, Control[]>();
  for (const el of form.querySelectorAll<Control>('[data-en-av]'))
    groups.set(el.dataset.enAv ?? '', [...(groups.get(el.dataset.enAv ?? '') ?? []), el]);
  for (const [, fields] of groups) {
    const first = fields[0];
    if (first && !fields.some(hasValue)) first.setCustomValidity(first.dataset.felSaknas ?? '');
  }
}

/** "Som mest" not under "minst", free places not over all places, the end not before the start. */
function checkOrder(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<HTMLInputElement>('[data-inte-under], [data-inte-over]')) {
    const under = el.dataset.inteUnder;
    const other = document.getElementById(under ?? el.dataset.inteOver ?? '') as HTMLInputElement | null;
    if (!other || el.value === '' || other.value === '' || !el.validity.valid || !other.validity.valid) continue;
    const [a, b] = el.type === 'number' ? [Number(el.value), Number(other.value)] : [el.value, other.value];
    if (under ? a < b : a > b) el.setCustomValidity(el.dataset.felOrdning ?? '');
  }
}

/** A change must change something: a field about the insats or a message. */
function checkSomethingChanges(form: HTMLFormElement): void {
  const meddelande = form.elements.namedItem('meddelande') as HTMLTextAreaElement | null;
  if (meddelande && forslagTyp(form) === 'andring' && meddelande.validity.valid) {
    const p = payload(form);
    if (Object.keys(p.uppgifter ?? {}).length === 0 && p.meddelande === undefined)
      meddelande.setCustomValidity('Skriv vad som ska ändras: fyll i minst ett fält om insatsen eller skriv ett meddelande.');
  }
}

/** Every wrong field with its message, in the form's order. */
export function validate(form: HTMLFormElement): FaltFel[] {
  updateRequiredForKind(form);
  checkTexts(form);
  checkGroups(form);
  checkOneOf(form);
  checkOrder(form);
  checkSomethingChanges(form);
  return controls(form)
    .filter((el) => el.willValidate && !el.validity.valid)
    .map((el) => {
      const d = el.dataset;
      return {
        path: formFieldPath(el.name),
        text: felmeddelande(el.validity, {
          etikett: d.etikett,
          felSaknas: d.felSaknas,
          felFormat: d.felFormat,
          egenText: el.validationMessage,
        }),
      };
    });
}
