/**
 * What /min-lista shows of each insats, built once per site build into one static file
 * (`/min-lista/insatser.json`). One file for all insatser, not one per insats: the web host sees
 * only that someone opened Min lista, never which insatser are in it. The guide's card files
 * (per län, without address or the way in, and without paused insatser) do not carry enough.
 */
import { VAG_IN_ETIKETT } from '@vg/shared-schema';
import { platsText, type SiteIndex } from '../lib/site-index.ts';
import { insatsHref } from '../lib/views.ts';

/** One insats as Min lista shows it; short keys keep the file small. */
export interface ListCard {
  /** name */
  n: string;
  /** what it is (the summary) */
  m: string;
  /** the insats page */
  p: string;
  /** who runs it */
  o: string;
  /** contact: role, phone, e-mail, web */
  c?: { r: string; t?: string; e?: string; w?: string };
  /** address */
  a?: string;
  /** digital: take part wherever you live */
  dg?: 1;
  /** ways in, as the insats page writes them */
  v: string[];
  /** steps */
  st?: string[];
  /** not running now (paused or ended), as the page says it */
  x?: string;
}

export interface ListCardFile {
  /** format version */
  v: 1;
  /** insatser by slug */
  c: Record<string, ListCard>;
}

export function listCards(site: SiteIndex): ListCardFile {
  const c: Record<string, ListCard> = {};
  for (const item of site.collections.insatser) {
    const d = item.data;
    const k = d.kontakt;
    c[d.slug] = {
      n: d.namn,
      m: d.sammanfattning,
      p: insatsHref(d.slug),
      o: site.resolve('organisationer', d.organisation).data.namn,
      ...(k
        ? { c: { r: k.roll, ...(k.telefon ? { t: k.telefon } : {}), ...(k.epost ? { e: k.epost } : {}), ...(k.webb ? { w: k.webb } : {}) } }
        : {}),
      ...(d.plats ? { a: platsText(d.plats) } : {}),
      ...(d.digital ? { dg: 1 as const } : {}),
      v: d.vagarIn.map((v) => `${VAG_IN_ETIKETT[v.typ]}.${v.beskrivning ? ` ${v.beskrivning}` : ''}`),
      ...(d.steg.length > 0 ? { st: d.steg.map((s) => s.text) } : {}),
      ...(d.driftstatus === 'pausad' || d.driftstatus === 'avslutad'
        ? { x: d.driftstatus === 'pausad' ? 'Insatsen är pausad just nu.' : 'Insatsen har avslutats.' }
        : {}),
    };
  }
  return { v: 1, c };
}
