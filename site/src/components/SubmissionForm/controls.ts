/** The form's controls and the answers the other modules read from them. */
import { formToPayload, parseFormFields } from '@vg/shared-schema/intake/form';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Every named control of the form, in document order. */
export const controls = (form: HTMLFormElement): Control[] =>
  [...form.elements].filter(
    (el): el is Control =>
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && el.name !== '',
  );

export const isCheckable = (el: Control): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

export const hasValue = (el: Control): boolean => (isCheckable(el) ? el.checked : el.value.trim() !== '');

/** The chosen kind of proposal ("ny-insats", "andring"), or '' before one is chosen. */
export const forslagTyp = (form: HTMLFormElement): string => (form.elements.namedItem('typ') as RadioNodeList | null)?.value ?? '';

/** The payload the form stands for, as the CMS would read the same form posted. */
export const payload = (form: HTMLFormElement) => formToPayload(parseFormFields(new FormData(form)));
