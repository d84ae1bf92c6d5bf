/** The parts of the page around the form that the script changes, found once. */
export interface Sida {
  form: HTMLFormElement;
  sammanfattning: HTMLElement;
  status: HTMLElement;
  statusRubrik: HTMLElement;
  statusText: HTMLElement;
  forsokIgen: HTMLButtonElement;
  skickaKnapp: HTMLButtonElement;
  skickar: HTMLElement;
  /** The page's own title, before "Fel: " is put in front of it. */
  titel: string;
}

export function sidan(form: HTMLFormElement): Sida {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
  return {
    form,
    sammanfattning: $('[data-fel-sammanfattning]'),
    status: $('[data-forslag-status]'),
    statusRubrik: $('[data-forslag-status-rubrik]'),
    statusText: $('[data-forslag-status-text]'),
    forsokIgen: $('[data-forslag-forsok-igen]'),
    skickaKnapp: $('[data-forslag-skicka]'),
    skickar: $('[data-forslag-skickar]'),
    titel: document.title,
  };
}
