/** The parts of the page around the form that the script changes, found once. */
export interface FormPage {
  form: HTMLFormElement;
  summary: HTMLElement;
  status: HTMLElement;
  statusHeading: HTMLElement;
  statusText: HTMLElement;
  retryButton: HTMLButtonElement;
  submitButton: HTMLButtonElement;
  sendingNote: HTMLElement;
  /** The page's own title, before "Fel: " is put in front of it. */
  title: string;
}

export function findFormPage(form: HTMLFormElement): FormPage {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
  return {
    form,
    summary: $('[data-fel-sammanfattning]'),
    status: $('[data-forslag-status]'),
    statusHeading: $('[data-forslag-status-rubrik]'),
    statusText: $('[data-forslag-status-text]'),
    retryButton: $('[data-forslag-forsok-igen]'),
    submitButton: $('[data-forslag-skicka]'),
    sendingNote: $('[data-forslag-skickar]'),
    title: document.title,
  };
}
