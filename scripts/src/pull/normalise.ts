import {
  addMonths,
  CONTENT_TYPE_SCHEMAS,
  currentPlatser,
  type Granskning,
  LEDIGA_PLATSER_MAX_DAGAR,
  type Platser,
  POPULATE,
  type PopulateSpec,
  SNAPSHOT_FORMAT,
  SNAPSHOT_SOURCES,
  SNAPSHOT_VERSION,
  type Snapshot,
} from '@vg/shared-schema';
import type { z } from 'zod';
import { adminUrl, type ContentProblem, formatPath } from './content-problem.ts';
import { renderBlocks } from './render-blocks.ts';

type Entry = Record<string, unknown> & { documentId: string };
interface Ref {
  documentId: string;
}

export interface NormaliseOptions {
  cmsUrl: string;
  /** Where editors open the admin, for the report's links (the CMS's public address); default cmsUrl. */
  publicCmsUrl?: string;
  /** Exclude broken entries (and every link to them) instead of failing. */
  allowInvalid: boolean;
  /** "Today" for review dates; the snapshot's generatedAt. */
  now: Date;
  /** Free places older than this many days on `now` are published as unknown (default LEDIGA_PLATSER_MAX_DAGAR). */
  platserMaxAgeDays?: number;
}

export interface NormaliseResult {
  /** Null when there were errors and allowInvalid was off: nothing may be written. */
  snapshot: Snapshot | null;
  problems: ContentProblem[];
  /** Entries past their review date. */
  stale: { contentType: string; slug: string; senastGranskad: string; nastaGranskning: string; adminUrl: string }[];
}

const isRef = (v: unknown): v is Ref => typeof v === 'object' && v !== null && typeof (v as Ref).documentId === 'string';

/** Review dates: the same arithmetic as the CMS's review list (shared-schema/src/review.ts). */
export { addMonths };

export function granskning(data: Record<string, unknown>, now: Date): Granskning | null {
  if (typeof data.senastGranskad !== 'string') return null;
  const months = typeof data.granskningsintervallManader === 'number' ? data.granskningsintervallManader : 12;
  const nastaGranskning = addMonths(data.senastGranskad, months);
  return { senastGranskad: data.senastGranskad, nastaGranskning, forfallen: nastaGranskning < now.toISOString().slice(0, 10) };
}

/**
 * Visits every relation reference in an entry, as named by its populate spec
 * (relations directly on the entry and inside components), letting the
 * visitor keep or drop each one.
 */
function forEachRef(entry: Entry, spec: PopulateSpec, keep: (ref: Ref, path: (string | number)[]) => boolean): Entry {
  const out: Entry = { ...entry };
  const filterRefs = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.filter((r, i) => !isRef(r) || keep(r, [...path, i]));
    if (isRef(value)) return keep(value, path) ? value : null;
    return value;
  };
  for (const [field, how] of Object.entries(spec)) {
    if (how === true) continue;
    if ('fields' in how) {
      // Media (a populated file) is not a link to another entry; only relations are checked.
      if (!how.fields.includes('url')) out[field] = filterRefs(out[field], [field]);
      continue;
    }
    const nested = how.populate;
    const mapComponent = (c: unknown, path: (string | number)[]) => {
      if (typeof c !== 'object' || c === null) return c;
      const copy: Record<string, unknown> = { ...(c as Record<string, unknown>) };
      for (const rel of Object.keys(nested)) copy[rel] = filterRefs(copy[rel], [...path, rel]);
      return copy;
    };
    const value = out[field];
    out[field] = Array.isArray(value) ? value.map((c, i) => mapComponent(c, [field, i])) : mapComponent(value, [field]);
  }
  return out;
}

/**
 * Replaces links to the given site paths with their text. Works on the allow-list
 * renderer's own output, whose links are always `<a href="…">…</a>` without nesting.
 */
export function unlinkPaths(html: string, paths: ReadonlySet<string>): { html: string; removed: string[] } {
  if (paths.size === 0) return { html, removed: [] };
  const removed: string[] = [];
  const out = html.replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (link, href: string, text: string) => {
    const target = href.replace(/[?#].*$/, '').replace(/\/+$/, '') || '/';
    if (!paths.has(target)) return link;
    removed.push(href);
    return text;
  });
  return { html: out, removed };
}

/**
 * Validates every pulled entry with its shared-schema schema, checks the links
 * between entries, renders rich text, and builds the snapshot. Reports every
 * problem at once. With allowInvalid, broken entries are left out and every
 * reference to them removed (an entry that then breaks is left out too), so the
 * site never links to something it does not have.
 */
export function normalise(raw: Map<string, Record<string, unknown>[]>, options: NormaliseOptions): NormaliseResult {
  const problems: ContentProblem[] = [];
  const severity = options.allowInvalid ? 'warning' : 'error';
  const sources = SNAPSHOT_SOURCES.filter((s) => raw.has(s.uid));
  const problem = (
    uid: string,
    entry: Record<string, unknown>,
    field: string,
    message: string,
    sev: ContentProblem['severity'] = severity,
  ) => {
    const source = SNAPSHOT_SOURCES.find((s) => s.uid === uid);
    const documentId = String(entry.documentId ?? '');
    problems.push({
      severity: sev,
      contentType: uid,
      documentId,
      slug: String(entry.slug ?? entry.kod ?? ''),
      field,
      message,
      adminUrl: adminUrl(options.publicCmsUrl ?? options.cmsUrl, uid, source?.kind ?? 'collection', documentId),
    });
  };
  const schemaOf = (uid: string) => CONTENT_TYPE_SCHEMAS[uid as keyof typeof CONTENT_TYPE_SCHEMAS] as z.ZodType;

  // 1. Each entry on its own.
  const valid = new Map<string, Entry[]>();
  for (const { uid } of sources) {
    const kept: Entry[] = [];
    const seenSlugs = new Map<string, string>();
    for (const entry of raw.get(uid) ?? []) {
      const parsed = schemaOf(uid).safeParse(entry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problem(uid, entry, formatPath(issue.path), issue.message);
        continue;
      }
      // Timestamps change on every save and say nothing to a visitor; leaving them out keeps snapshots diffable.
      const { createdAt: _c, updatedAt: _u, publishedAt: _p, ...data } = parsed.data as Entry;
      const key = typeof data.slug === 'string' ? `${String(data.locale ?? '')}/${data.slug}` : undefined;
      if (key && seenSlugs.has(key)) {
        problem(
          uid,
          data as Entry,
          'slug',
          `Adressnamnet "${String(data.slug)}" används också av ${seenSlugs.get(key)} — två sidor kan inte ha samma adress. Byt adressnamn på den ena.`,
        );
        continue;
      }
      if (key) seenSlugs.set(key, data.documentId as string);
      kept.push(data as Entry);
    }
    valid.set(uid, kept);
  }

  // 2. Links between entries, until nothing more changes (dropping one entry can break another).
  for (let round = 0; round < 20; round++) {
    const present = new Set([...valid.values()].flatMap((list) => list.map((e) => e.documentId)));
    let changed = false;
    for (const { uid } of sources) {
      const spec = POPULATE[uid as keyof typeof POPULATE] as PopulateSpec;
      const next: Entry[] = [];
      for (const entry of valid.get(uid) ?? []) {
        let dangling = false;
        const pruned = forEachRef(entry, spec, (ref, path) => {
          if (present.has(ref.documentId)) return true;
          dangling = true;
          problem(
            uid,
            entry,
            formatPath(path),
            `Länken pekar på en post som inte är publicerad, inte finns eller har fel (${(ref as { slug?: string }).slug ?? ref.documentId}). Publicera den eller ta bort länken.`,
          );
          return false;
        });
        if (!dangling) {
          next.push(entry);
          continue;
        }
        changed = true;
        if (!options.allowInvalid) continue;
        const reparsed = schemaOf(uid).safeParse(pruned);
        if (reparsed.success) next.push(reparsed.data as Entry);
        else
          for (const issue of reparsed.error.issues)
            problem(uid, entry, formatPath(issue.path), `Utan de borttagna länkarna: ${issue.message}`);
      }
      valid.set(uid, next);
    }
    if (!changed) break;
  }

  // Pages that will not exist: rich text must not link to them either.
  const keptIds = new Set([...valid.values()].flatMap((list) => list.map((e) => e.documentId)));
  const excludedPaths = new Set<string>();
  for (const source of sources) {
    if (!source.path) continue;
    for (const entry of raw.get(source.uid) ?? []) {
      if (typeof entry.slug === 'string' && !keptIds.has(String(entry.documentId))) excludedPaths.add(source.path(entry.slug));
    }
  }

  // 3. Derived fields: rendered rich text, page path, review status, free places as of today.
  const maxAgeDays = options.platserMaxAgeDays ?? LEDIGA_PLATSER_MAX_DAGAR;
  const stale: NormaliseResult['stale'] = [];
  const collections: Record<string, unknown[]> = {};
  const singles: Record<string, unknown> = {};
  for (const source of sources) {
    const items = (valid.get(source.uid) ?? [])
      .map((data) => {
        const html: Record<string, string> = {};
        for (const field of source.richText) {
          const value = data[field];
          // An empty editor renders nothing: the page leaves the section out rather than showing an empty one.
          if (!Array.isArray(value) || value.length === 0) continue;
          const rendered = renderBlocks(value);
          const unlinked = unlinkPaths(rendered.html, excludedPaths);
          html[field] = unlinked.html;
          for (const p of rendered.problems) problem(source.uid, data, `${field}${p.path}`, p.message);
          for (const href of unlinked.removed) {
            problem(
              source.uid,
              data,
              field,
              `Länken till ${href} togs bort: sidan publiceras inte eftersom den har fel (se ovan).`,
              'warning',
            );
          }
        }
        const review = source.path ? granskning(data, options.now) : null;
        if (review?.forfallen) {
          stale.push({
            contentType: source.uid,
            slug: String(data.slug ?? ''),
            senastGranskad: review.senastGranskad,
            nastaGranskning: review.nastaGranskning,
            adminUrl: adminUrl(options.publicCmsUrl ?? options.cmsUrl, source.uid, source.kind, data.documentId),
          });
          problem(
            source.uid,
            data,
            'senastGranskad',
            `Texten skulle ha granskats senast ${review.nastaGranskning}. Läs igenom den och uppdatera "Senast granskad".`,
            'warning',
          );
        }
        const slug = typeof data.slug === 'string' ? data.slug : '';
        // Free places nobody has confirmed lately are published as unknown (content/lediga-platser.ts).
        const platser = data.platser as Platser | null | undefined;
        const shown = platser ? { ...data, platser: currentPlatser(platser, options.now, maxAgeDays) } : data;
        return { data: shown, html, path: source.path ? source.path(slug) : null, granskning: review };
      })
      .sort((a, b) => String(a.data.slug ?? a.data.kod ?? '').localeCompare(String(b.data.slug ?? b.data.kod ?? ''), 'sv'));
    if (source.kind === 'single') singles[source.name] = items[0] ?? null;
    else collections[source.name] = items;
  }

  const hasErrors = problems.some((p) => p.severity === 'error');
  const snapshot = hasErrors
    ? null
    : ({
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        generatedAt: options.now.toISOString(),
        source: options.cmsUrl,
        collections,
        singles,
      } as unknown as Snapshot);
  return { snapshot, problems, stale };
}
