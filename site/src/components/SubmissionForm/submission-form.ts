/**
 * The submission form with JavaScript: checks it before sending (checks.ts), shows what is
 * wrong (errors.ts), sends JSON with an Idempotency-Key and one retry (send.ts), keeps a draft
 * in sessionStorage until a receipt comes back (draft.ts), and says plainly when the proposal
 * is not sent yet. Without this script the form posts as plain HTML.
 */

import { felText } from '../../intake/messages.ts';
import type { Utfall } from '../../intake/response.ts';
import { kopplaFelsammanfattning } from '../ErrorSummary/error-summary.ts';
import { updateKommunCounts, updateRequiredForKind } from './answers.ts';
import { validate } from './checks.ts';
import { payload } from './controls.ts';
import { restoreDraft, saveDraft } from './draft.ts';
import { clearErrors, showErrors, showStatus } from './errors.ts';
import { type FormPage, findFormPage } from './page.ts';
import { enableShowKey } from './reveal-key.ts';
import { send } from './send.ts';
import { ATTEMPT_KEY, DRAFT_KEY, storage } from './storage.ts';

const RECEIPT_PAGE = '/lamna-forslag/kvitto';

/** Our own length check names the limit; maxlength would cut pasted text off without a word. */
function applyOwnLengthChecks(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[maxlength]')) {
    el.dataset.maxTecken = el.getAttribute('maxlength') ?? '';
    el.removeAttribute('maxlength');
  }
  form.noValidate = true;
}

/** What the page shows after an attempt to send. */
function showOutcome(page: FormPage, outcome: Utfall): void {
  if (outcome.typ === 'kvitto') {
    storage.remove(DRAFT_KEY);
    storage.remove(ATTEMPT_KEY);
    window.location.assign(`${RECEIPT_PAGE}?nr=${encodeURIComponent(outcome.kvitto)}`);
  } else if (outcome.typ === 'falt') showErrors(page, outcome.fel);
  else if (outcome.typ === 'krock') showStatus(page, felText('idempotens'), true);
  else if (outcome.typ === 'vanta') showStatus(page, outcome.text, true);
  else showStatus(page, outcome.text, outcome.forsokIgen);
}

/** Checks the form and, when nothing is wrong, sends it; one attempt at a time. */
function sendProposal(page: FormPage): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy) return;
    const errors = validate(page.form);
    if (errors.length > 0) return showErrors(page, errors);
    clearErrors(page);
    page.status.hidden = true;
    busy = true;
    page.submitButton.setAttribute('aria-disabled', 'true');
    page.sendingNote.textContent = 'Skickar förslaget …';
    const outcome = await send(page.form.action, payload(page.form), () => {
      page.sendingNote.textContent = 'Det gick inte att skicka. Vi försöker igen …';
    });
    busy = false;
    page.submitButton.removeAttribute('aria-disabled');
    page.sendingNote.textContent = '';
    if (outcome) showOutcome(page, outcome);
  };
}

function start(form: HTMLFormElement): void {
  const page = findFormPage(form);
  const sendNow = sendProposal(page);
  applyOwnLengthChecks(form);
  restoreDraft(form);
  updateRequiredForKind(form);
  updateKommunCounts(form);
  kopplaFelsammanfattning(page.summary);
  form.addEventListener('input', () => saveDraft(form));
  form.addEventListener('change', () => {
    saveDraft(form);
    updateRequiredForKind(form);
    updateKommunCounts(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendNow();
  });
  page.retryButton.addEventListener('click', () => void sendNow());
  enableShowKey(form);
}

const form = document.querySelector<HTMLFormElement>('[data-forslag-form]');
if (form) start(form);
