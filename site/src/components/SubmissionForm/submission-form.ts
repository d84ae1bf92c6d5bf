/**
 * The submission form with JavaScript: checks it before sending (checks.ts), shows what is
 * wrong (errors.ts), sends JSON with an Idempotency-Key and one retry (send.ts), keeps a draft
 * in sessionStorage until a receipt comes back (draft.ts), and says plainly when the proposal
 * is not sent yet. Without this script the form posts as plain HTML.
 */

import { felText } from '../../intake/messages.ts';
import type { Utfall } from '../../intake/response.ts';
import { kopplaFelsammanfattning } from '../ErrorSummary/error-summary.ts';
import { uppdateraKommuner, uppdateraTyp } from './answers.ts';
import { validera } from './checks.ts';
import { payload } from './controls.ts';
import { aterstallUtkast, sparaUtkast } from './draft.ts';
import { rensaFel, visaFel, visaStatus } from './errors.ts';
import { type Sida, sidan } from './page.ts';
import { visaNyckelKnapp } from './reveal-key.ts';
import { skicka } from './send.ts';
import { FORSOK, lagring, UTKAST } from './storage.ts';

const KVITTO_SIDA = '/lamna-forslag/kvitto';

/** Our own length check names the limit; maxlength would cut pasted text off without a word. */
function egnaLangdgranser(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[maxlength]')) {
    el.dataset.maxTecken = el.getAttribute('maxlength') ?? '';
    el.removeAttribute('maxlength');
  }
  form.noValidate = true;
}

/** What the page shows after an attempt to send. */
function visaUtfall(sida: Sida, utfall: Utfall): void {
  if (utfall.typ === 'kvitto') {
    lagring.ta(UTKAST);
    lagring.ta(FORSOK);
    window.location.assign(`${KVITTO_SIDA}?nr=${encodeURIComponent(utfall.kvitto)}`);
  } else if (utfall.typ === 'falt') visaFel(sida, utfall.fel);
  else if (utfall.typ === 'krock') visaStatus(sida, felText('idempotens'), true);
  else if (utfall.typ === 'vanta') visaStatus(sida, utfall.text, true);
  else visaStatus(sida, utfall.text, utfall.forsokIgen);
}

/** Checks the form and, when nothing is wrong, sends it; one attempt at a time. */
function skickaForslag(sida: Sida): () => Promise<void> {
  let upptagen = false;
  return async () => {
    if (upptagen) return;
    const fel = validera(sida.form);
    if (fel.length > 0) return visaFel(sida, fel);
    rensaFel(sida);
    sida.status.hidden = true;
    upptagen = true;
    sida.skickaKnapp.setAttribute('aria-disabled', 'true');
    sida.skickar.textContent = 'Skickar förslaget …';
    const utfall = await skicka(sida.form.action, payload(sida.form), () => {
      sida.skickar.textContent = 'Det gick inte att skicka. Vi försöker igen …';
    });
    upptagen = false;
    sida.skickaKnapp.removeAttribute('aria-disabled');
    sida.skickar.textContent = '';
    if (utfall) visaUtfall(sida, utfall);
  };
}

function start(form: HTMLFormElement): void {
  const sida = sidan(form);
  const skickaNu = skickaForslag(sida);
  egnaLangdgranser(form);
  aterstallUtkast(form);
  uppdateraTyp(form);
  uppdateraKommuner(form);
  kopplaFelsammanfattning(sida.sammanfattning);
  form.addEventListener('input', () => sparaUtkast(form));
  form.addEventListener('change', () => {
    sparaUtkast(form);
    uppdateraTyp(form);
    uppdateraKommuner(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void skickaNu();
  });
  sida.forsokIgen.addEventListener('click', () => void skickaNu());
  visaNyckelKnapp(form);
}

const form = document.querySelector<HTMLFormElement>('[data-forslag-form]');
if (form) start(form);
