/**
 * The receipt and error pages read what the CMS put in the address after a plain form POST
 * (`?nr=…` or `?status=…&kod=…&falt=…&vanta=…`). Pure, so each case is tested without a browser;
 * the pages' scripts only put the result into the DOM.
 */
import { faltFor } from './field-path.ts';
import { FALT_ETIKETT, isFalt } from './fields.ts';
import { felText } from './messages.ts';
import { KVITTO } from './response.ts';

/** The receipt number in `?nr=`, or undefined when it is missing or not a receipt number. */
export function kvittoFran(search: string): string | undefined {
  const nr = new URLSearchParams(search).get('nr')?.trim();
  return nr && KVITTO.test(nr) ? nr : undefined;
}

export interface Felsida {
  /** What went wrong, in plain Swedish. */
  text: string;
  /** The labels of the fields to correct, as the form shows them, each once. */
  falt: string[];
}

/** What the error page says for the address it was sent to. */
export function felsidaFran(search: string): Felsida {
  const query = new URLSearchParams(search);
  const vanta = Number(query.get('vanta'));
  const text = felText(query.get('kod'), Number.isFinite(vanta) && vanta > 0 ? vanta : undefined);
  const falt = new Set<string>();
  for (const path of query.getAll('falt')) {
    const f = faltFor(path.split('.'), isFalt);
    if (f && isFalt(f)) falt.add(FALT_ETIKETT[f]);
  }
  return { text, falt: [...falt] };
}
