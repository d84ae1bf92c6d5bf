import type { Core } from '@strapi/strapi';
import { INSATS_UID, POPULATE, type SubmissionInsats } from '@vg/shared-schema';
import { documents } from '../bootstrap/documents';
import { fieldLabel } from '../bootstrap/labels-store';

/** One field a förslag sets, side by side with the insats's draft. */
export interface FaltJamforelse {
  falt: string;
  etikett: string;
  /** The draft's value as text ("—" when empty). */
  utkast: string;
  /** The proposed value as text. */
  foreslaget: string;
  /** True when applying changes the draft. */
  andras: boolean;
  /** True when the draft holds a change here that is not published yet: applying would replace that work. */
  opubliceradAndring: boolean;
}

export interface Jamforelse {
  typ: 'ny-insats' | 'andring';
  kvitto: string;
  /** The insats a change concerns (null for a new one). */
  insats: string | null;
  falt: FaltJamforelse[];
  /** The draft's updatedAt when compared: applying with it refuses if the draft changed meanwhile. */
  utkastVersion: string | null;
}

/** Relations are compared by the code editors know them by, not by database ids. */
const RELATION_KEY: Record<string, string> = { kommuner: 'kod', malgrupper: 'slug' };
const EMPTY = '—';

/** A field value as one line of text, the same for a stored draft and a proposal (ids and component names left out). */
export function asText(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((p) => p !== EMPTY);
    return parts.length > 0 ? parts.join('; ') : EMPTY;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Rich text (Blocks): its text; a text child; a punkt; a väg in.
    if (Array.isArray(o.children)) return o.children.map((c) => (c as { text?: unknown }).text ?? asText(c)).join('');
    if (typeof o.text === 'string' && Object.keys(o).every((k) => ['text', 'id', 'type'].includes(k))) return o.text;
    const entries = Object.entries(o)
      .filter(([k, v]) => !['id', '__component', 'documentId'].includes(k) && asText(v) !== EMPTY)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}: ${asText(v)}`);
    return entries.length > 0 ? entries.join(', ') : EMPTY;
  }
  return String(value);
}

/** The proposal in the shape of a stored entry, so both sides read the same way. */
function proposedEntry(u: SubmissionInsats, data: Record<string, unknown>): Record<string, unknown> {
  const entry: Record<string, unknown> = { ...data };
  if (u.kommuner !== undefined) entry.kommuner = u.kommuner.map((kod) => ({ kod }));
  if (u.malgrupper !== undefined) entry.malgrupper = u.malgrupper.map((slug) => ({ slug }));
  return entry;
}

function fieldText(entry: Record<string, unknown> | null, field: string): string {
  const value = entry?.[field];
  const key = RELATION_KEY[field];
  if (key && Array.isArray(value)) return asText(value.map((r) => (r as Record<string, unknown>)[key]).sort());
  return asText(value);
}

async function version(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published') {
  return documents(strapi, INSATS_UID).findFirst({
    filters: { documentId },
    status,
    populate: POPULATE[INSATS_UID as keyof typeof POPULATE],
  });
}

/**
 * What applying a förslag would do to the insats's draft, field by field: the
 * draft's value, the proposed one, whether it changes, and whether the draft
 * holds unpublished work there that applying would replace.
 */
export async function compareForslag(
  strapi: Core.Strapi,
  f: { typ: 'ny-insats' | 'andring'; kvitto: string; insats: { documentId: string } | null },
  u: SubmissionInsats,
  data: Record<string, unknown>,
): Promise<Jamforelse> {
  const insats = f.typ === 'andring' ? (f.insats?.documentId ?? null) : null;
  const draft = insats ? await version(strapi, insats, 'draft') : null;
  const published = insats ? await version(strapi, insats, 'published') : null;
  const proposed = proposedEntry(u, data);
  const falt = Object.keys(proposed).map((field) => {
    const utkast = fieldText(draft, field);
    const foreslaget = fieldText(proposed, field);
    const andras = utkast !== foreslaget;
    // Never published, or differs from what is published: someone has worked on the draft here.
    const opubliceradAndring = draft !== null && andras && utkast !== EMPTY && utkast !== fieldText(published, field);
    return { falt: field, etikett: fieldLabel(INSATS_UID, field), utkast, foreslaget, andras, opubliceradAndring };
  });
  const utkastVersion = draft?.updatedAt === undefined || draft.updatedAt === null ? null : String(draft.updatedAt);
  return { typ: f.typ, kvitto: f.kvitto, insats, falt, utkastVersion };
}

export interface ApplyConflict {
  kod: 'utkast-andrat' | 'opublicerade-andringar';
  message: string;
  falt: string[];
}

/**
 * Why applying a change now would silently replace work in the draft, or null:
 * the draft changed since the editor compared (their `utkastVersion` is stale), or
 * it holds unpublished changes in the fields the förslag sets and the editor has
 * not confirmed having seen the comparison (no `utkastVersion`).
 */
export function applyConflict(jamforelse: Jamforelse, utkastVersion: string | undefined): ApplyConflict | null {
  if (jamforelse.typ !== 'andring') return null;
  if (utkastVersion !== undefined && utkastVersion !== jamforelse.utkastVersion) {
    return {
      kod: 'utkast-andrat',
      message:
        'Insatsens utkast har ändrats sedan du jämförde. Öppna jämförelsen igen och se vad som skulle ersättas innan du för in förslaget.',
      falt: [],
    };
  }
  const work = jamforelse.falt.filter((f) => f.opubliceradAndring);
  if (utkastVersion !== undefined || work.length === 0) return null;
  return {
    kod: 'opublicerade-andringar',
    message: `Insatsens utkast har opublicerade ändringar i ${work.map((f) => `"${f.etikett}"`).join(', ')} som förslaget skulle ersätta. Jämför fälten och bekräfta innan du för in förslaget.`,
    falt: work.map((f) => f.falt),
  };
}
