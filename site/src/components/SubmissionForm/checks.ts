/**
 * Checking the form before it is sent: the browser's constraint API, with our own checks set as
 * custom validity so it reports them with its own, and the Swedish message for each wrong field.
 */
import { formFieldPath } from '@vg/shared-schema/intake/form';
import type { FaltFel } from '../../intake/response.ts';
import { felmeddelande, textFel } from '../../intake/validate.ts';
import { uppdateraTyp } from './answers.ts';
import { forslagTyp, harVarde, type Kontroll, kontroller, payload } from './controls.ts';

const num = (v: string | undefined) => (v ? Number(v) : undefined);

/** No HTML, length limits that name the limit, and lists typed one item per line. */
function textKontroller(form: HTMLFormElement): void {
  for (const el of kontroller(form)) {
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
function helheter(form: HTMLFormElement): void {
  for (const grupp of form.querySelectorAll('[data-helhet]')) {
    const falt = [...grupp.querySelectorAll<Kontroll>('input, select, textarea')];
    const paborjad = falt.some(harVarde);
    for (const el of falt) if (el.hasAttribute('data-kravs-i-helhet')) el.required = paborjad;
  }
}

/** One of e-mail and phone: the message goes on the first. */
function enAv(form: HTMLFormElement): void {
  const grupper = new Map<string, Kontroll[]>();
  for (const el of form.querySelectorAll<Kontroll>('[data-en-av]'))
    grupper.set(el.dataset.enAv ?? '', [...(grupper.get(el.dataset.enAv ?? '') ?? []), el]);
  for (const [, falt] of grupper) {
    const forsta = falt[0];
    if (forsta && !falt.some(harVarde)) forsta.setCustomValidity(forsta.dataset.felSaknas ?? '');
  }
}

/** "Som mest" not under "minst", free places not over all places, the end not before the start. */
function ordning(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<HTMLInputElement>('[data-inte-under], [data-inte-over]')) {
    const under = el.dataset.inteUnder;
    const annan = document.getElementById(under ?? el.dataset.inteOver ?? '') as HTMLInputElement | null;
    if (!annan || el.value === '' || annan.value === '' || !el.validity.valid || !annan.validity.valid) continue;
    const [a, b] = el.type === 'number' ? [Number(el.value), Number(annan.value)] : [el.value, annan.value];
    if (under ? a < b : a > b) el.setCustomValidity(el.dataset.felOrdning ?? '');
  }
}

/** A change must change something: a field about the insats or a message. */
function nagotAttAndra(form: HTMLFormElement): void {
  const meddelande = form.elements.namedItem('meddelande') as HTMLTextAreaElement | null;
  if (meddelande && forslagTyp(form) === 'andring' && meddelande.validity.valid) {
    const p = payload(form);
    if (Object.keys(p.uppgifter ?? {}).length === 0 && p.meddelande === undefined)
      meddelande.setCustomValidity('Skriv vad som ska ändras: fyll i minst ett fält om insatsen eller skriv ett meddelande.');
  }
}

/** Every wrong field with its message, in the form's order. */
export function validera(form: HTMLFormElement): FaltFel[] {
  uppdateraTyp(form);
  textKontroller(form);
  helheter(form);
  enAv(form);
  ordning(form);
  nagotAttAndra(form);
  return kontroller(form)
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
