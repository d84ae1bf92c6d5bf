/**
 * The submission form with JavaScript: checks it before sending (constraint API + Swedish
 * messages, an error summary that takes focus, inline errors joined by aria-describedby),
 * sends JSON with an Idempotency-Key that stays the same for every retry of the same content,
 * keeps a draft in sessionStorage until a receipt comes back, and says plainly when the
 * proposal is not sent yet. Without this script the form posts as plain HTML.
 */
// The zod-free subpath: the package root would bring every zod schema into the bundle.
import { formFieldPath, formToPayload, parseFormFields } from '@vg/shared-schema/intake/form';
import {
  doljFelsammanfattning,
  kopplaFelsammanfattning,
  type SammanfattningsFel,
  visaFelsammanfattning,
} from '../components/ErrorSummary/error-summary.ts';
import { faltFor, faltId } from './field-path.ts';
import { felText } from './messages.ts';
import { type FaltFel, INTE_NATT, tolkaSvar, type Utfall } from './response.ts';
import { felmeddelande, textFel } from './validate.ts';

type Kontroll = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** sessionStorage keys: the draft (everything but the submission key) and the attempt in progress. */
const UTKAST = 'vg-lamna-forslag-utkast';
const FORSOK = 'vg-lamna-forslag-forsok';
const KVITTO_SIDA = '/lamna-forslag/kvitto';
const PAUS_MS = 2000;

interface Forsok {
  /** The Idempotency-Key, the same for every retry of the same content. */
  nyckel: string;
  /** The payload without the submission key, to tell a retry from changed content. */
  innehall: string;
}

const lagring = {
  las<T>(key: string): T | undefined {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  },
  spara(key: string, value: unknown): void {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or turned off: the form still works, only a reload would lose the text.
    }
  },
  ta(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};

const nyIdempotensnyckel = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

function start(form: HTMLFormElement): void {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
  const sammanfattning = $<HTMLElement>('[data-fel-sammanfattning]');
  const status = $<HTMLElement>('[data-forslag-status]');
  const statusRubrik = $<HTMLElement>('[data-forslag-status-rubrik]');
  const statusText = $<HTMLElement>('[data-forslag-status-text]');
  const forsokIgen = $<HTMLButtonElement>('[data-forslag-forsok-igen]');
  const skickaKnapp = $<HTMLButtonElement>('[data-forslag-skicka]');
  const skickar = $<HTMLElement>('[data-forslag-skickar]');
  const titel = document.title;
  const kontroller = () =>
    [...form.elements].filter(
      (el): el is Kontroll =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && el.name !== '',
    );
  const harVarde = (el: Kontroll) =>
    el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value.trim() !== '';
  const typ = () => (form.elements.namedItem('typ') as RadioNodeList | null)?.value ?? '';

  // Our own length check names the limit; maxlength would cut pasted text off without a word.
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[maxlength]')) {
    el.dataset.maxTecken = el.getAttribute('maxlength') ?? '';
    el.removeAttribute('maxlength');
  }
  form.noValidate = true;

  // --- State that follows the answers ------------------------------------------------------

  const uppdateraTyp = () => {
    for (const el of form.querySelectorAll<Kontroll>('[data-kravs-for]')) el.required = el.dataset.kravsFor === typ();
  };
  const uppdateraKommuner = () => {
    for (const lan of form.querySelectorAll('details.kommun-lan')) {
      const valda = lan.querySelectorAll('input:checked').length;
      const text = lan.querySelector('[data-valda]');
      if (text) text.textContent = valda === 0 ? '' : `(${valda} ${valda === 1 ? 'vald' : 'valda'})`;
    }
  };

  // --- Draft --------------------------------------------------------------------------------

  const sparaUtkast = () =>
    lagring.spara(
      UTKAST,
      [...new FormData(form)].filter(([name, value]) => name !== 'nyckel' && typeof value === 'string'),
    );
  const aterstall = () => {
    const par = lagring.las<[string, string][]>(UTKAST);
    if (!Array.isArray(par)) return;
    for (const el of kontroller()) {
      if (el.name === 'nyckel') continue;
      const varden = par.filter(([name]) => name === el.name).map(([, value]) => value);
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = varden.includes(el.value);
      else el.value = varden[0] ?? '';
    }
  };

  // --- Checks -------------------------------------------------------------------------------

  const payload = () => formToPayload(parseFormFields(new FormData(form)));

  /** Sets our own checks as custom validity, so the constraint API reports them with the browser's. */
  const egnaKontroller = () => {
    for (const el of kontroller()) {
      el.setCustomValidity('');
      if (
        el instanceof HTMLTextAreaElement ||
        (el instanceof HTMLInputElement && ['text', 'password', 'email', 'tel', 'url'].includes(el.type))
      ) {
        const d = el.dataset;
        const num = (v: string | undefined) => (v ? Number(v) : undefined);
        el.setCustomValidity(
          textFel(el.value, { etikett: d.etikett ?? '', maxTecken: num(d.maxTecken), radMax: num(d.radMax), raderMax: num(d.raderMax) }),
        );
      }
    }
    // A venue or a contact, once begun, needs its required parts.
    for (const grupp of form.querySelectorAll('[data-helhet]')) {
      const falt = [...grupp.querySelectorAll<Kontroll>('input, select, textarea')];
      const paborjad = falt.some(harVarde);
      for (const el of falt) if (el.hasAttribute('data-kravs-i-helhet')) el.required = paborjad;
    }
    // One of e-mail and phone.
    const enAv = new Map<string, Kontroll[]>();
    for (const el of form.querySelectorAll<Kontroll>('[data-en-av]'))
      enAv.set(el.dataset.enAv ?? '', [...(enAv.get(el.dataset.enAv ?? '') ?? []), el]);
    for (const [, falt] of enAv) {
      const forsta = falt[0];
      if (forsta && !falt.some(harVarde)) forsta.setCustomValidity(forsta.dataset.felSaknas ?? '');
    }
    // "Som mest" not under "minst", free places not over all places, the end not before the start.
    for (const el of form.querySelectorAll<HTMLInputElement>('[data-inte-under], [data-inte-over]')) {
      const under = el.dataset.inteUnder;
      const annan = document.getElementById(under ?? el.dataset.inteOver ?? '') as HTMLInputElement | null;
      if (!annan || el.value === '' || annan.value === '' || !el.validity.valid || !annan.validity.valid) continue;
      const [a, b] = el.type === 'number' ? [Number(el.value), Number(annan.value)] : [el.value, annan.value];
      if (under ? a < b : a > b) el.setCustomValidity(el.dataset.felOrdning ?? '');
    }
    const meddelande = form.elements.namedItem('meddelande') as HTMLTextAreaElement | null;
    if (meddelande && typ() === 'andring' && meddelande.validity.valid) {
      const p = payload();
      if (Object.keys(p.uppgifter ?? {}).length === 0 && p.meddelande === undefined)
        meddelande.setCustomValidity('Skriv vad som ska ändras: fyll i minst ett fält om insatsen eller skriv ett meddelande.');
    }
  };

  const validera = (): FaltFel[] => {
    uppdateraTyp();
    egnaKontroller();
    return kontroller()
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
  };

  // --- Showing errors -----------------------------------------------------------------------

  const finns = (falt: string) => form.querySelector(`[data-falt="${falt}"]`) !== null;
  const beskrivs = (wrapper: Element, id: string) =>
    (wrapper.tagName === 'FIELDSET' ? wrapper : document.getElementById(id)) as HTMLElement | null;

  const rensaFel = () => {
    for (const wrapper of form.querySelectorAll('.falt--fel')) {
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
    doljFelsammanfattning(sammanfattning);
    document.title = titel;
  };

  /** Marks each wrong field (its messages joined, each once) and lists them all in the summary. */
  const visaFel = (fel: FaltFel[]) => {
    rensaFel();
    status.hidden = true;
    const perFalt = new Map<string, SammanfattningsFel>();
    const lista: SammanfattningsFel[] = [];
    for (const f of fel) {
      const falt = faltFor(f.path, finns);
      const id = falt && faltId(falt);
      const tidigare = id && perFalt.get(id);
      if (tidigare) {
        if (!tidigare.text.includes(f.text)) tidigare.text = `${tidigare.text} ${f.text}`;
        continue;
      }
      const post = { id, text: f.text };
      if (id) perFalt.set(id, post);
      lista.push(post);
    }
    for (const [id, post] of perFalt) {
      const wrapper = document.getElementById(`${id}-fel`)?.closest('[data-falt]');
      if (!wrapper) continue;
      wrapper.classList.add('falt--fel');
      const text = document.getElementById(`${id}-fel`) as HTMLElement;
      const span = document.createElement('span');
      span.className = 'visually-hidden';
      span.textContent = 'Fel: ';
      text.replaceChildren(span, post.text);
      text.hidden = false;
      const el = beskrivs(wrapper, id);
      el?.setAttribute('aria-describedby', `${id}-hint ${id}-fel`);
      if (el && el.tagName !== 'FIELDSET') el.setAttribute('aria-invalid', 'true');
    }
    document.title = `Fel: ${titel}`;
    visaFelsammanfattning(sammanfattning, lista);
  };

  const visaStatus = (text: string, kanForsokaIgen: boolean) => {
    rensaFel();
    statusText.textContent = text;
    forsokIgen.hidden = !kanForsokaIgen;
    status.hidden = false;
    document.title = `Fel: ${titel}`;
    statusRubrik.focus();
  };

  // --- Sending ------------------------------------------------------------------------------

  const posta = async (data: Record<string, unknown>, nyckel: string): Promise<Utfall> => {
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': nyckel },
        body: JSON.stringify(data),
      });
      const body: unknown = await res.json().catch(() => null);
      return tolkaSvar(res.status, body, res.headers.get('Retry-After'));
    } catch {
      return { typ: 'inte-skickat', text: INTE_NATT, forsokIgen: true };
    }
  };

  let upptagen = false;
  const skicka = async () => {
    if (upptagen) return;
    const fel = validera();
    if (fel.length > 0) return visaFel(fel);
    rensaFel();
    status.hidden = true;
    upptagen = true;
    skickaKnapp.setAttribute('aria-disabled', 'true');
    skickar.textContent = 'Skickar förslaget …';
    const data = payload();
    const innehall = JSON.stringify({ ...data, nyckel: undefined });
    let utfall: Utfall | undefined;
    // One automatic retry for a lost connection or a server error, and a new key after a clash.
    for (let varv = 0; varv < 2; varv++) {
      let forsok = lagring.las<Forsok>(FORSOK);
      if (forsok?.innehall !== innehall) {
        forsok = { nyckel: nyIdempotensnyckel(), innehall };
        lagring.spara(FORSOK, forsok);
      }
      utfall = await posta(data, forsok.nyckel);
      if (utfall.typ === 'krock') {
        lagring.ta(FORSOK);
        continue;
      }
      if (utfall.typ !== 'inte-skickat' || !utfall.forsokIgen || varv > 0) break;
      skickar.textContent = 'Det gick inte att skicka. Vi försöker igen …';
      await new Promise((r) => setTimeout(r, PAUS_MS));
    }
    upptagen = false;
    skickaKnapp.removeAttribute('aria-disabled');
    skickar.textContent = '';
    if (!utfall) return;
    if (utfall.typ === 'kvitto') {
      lagring.ta(UTKAST);
      lagring.ta(FORSOK);
      window.location.assign(`${KVITTO_SIDA}?nr=${encodeURIComponent(utfall.kvitto)}`);
    } else if (utfall.typ === 'falt') visaFel(utfall.fel);
    else if (utfall.typ === 'krock') visaStatus(felText('idempotens'), true);
    else if (utfall.typ === 'vanta') visaStatus(utfall.text, true);
    else visaStatus(utfall.text, utfall.forsokIgen);
  };

  // --- Wiring -------------------------------------------------------------------------------

  aterstall();
  uppdateraTyp();
  uppdateraKommuner();
  kopplaFelsammanfattning(sammanfattning);
  form.addEventListener('input', sparaUtkast);
  form.addEventListener('change', () => {
    sparaUtkast();
    uppdateraTyp();
    uppdateraKommuner();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void skicka();
  });
  forsokIgen.addEventListener('click', () => void skicka());

  const nyckel = form.elements.namedItem('nyckel') as HTMLInputElement | null;
  const visa = form.querySelector<HTMLButtonElement>('[data-visa-nyckel]');
  if (nyckel && visa) {
    visa.hidden = false;
    // Shown as text, the key must not get a capital first letter on a phone (not allowed on a password field in the markup).
    nyckel.setAttribute('autocapitalize', 'off');
    visa.addEventListener('click', () => {
      const dold = nyckel.type === 'password';
      nyckel.type = dold ? 'text' : 'password';
      visa.textContent = dold ? 'Dölj nyckeln' : 'Visa nyckeln';
    });
  }
}

const form = document.querySelector<HTMLFormElement>('[data-forslag-form]');
if (form) start(form);
