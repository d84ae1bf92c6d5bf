import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORSLAG_UID, INSATS_UID, type SubmissionInsats, SubmissionInsatsSchema, slugify } from '@vg/shared-schema';
import { documents } from '../bootstrap/documents';
import { type ApplyConflict, applyConflict, compareForslag, type Jamforelse } from './compare';

/** Plain text with blank lines between paragraphs → Strapi Blocks. */
export function paragraphs(text: string) {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ type: 'paragraph', children: [{ type: 'text', text: p }] }));
}

const punkter = (items: string[] | undefined) => items?.map((text) => ({ text }));

async function documentIds(strapi: Core.Strapi, uid: string, field: string, values: string[] | undefined): Promise<string[] | undefined> {
  if (values === undefined) return undefined;
  if (values.length === 0) return [];
  const rows = (await strapi.db.query(uid as 'api::kommun.kommun').findMany({
    where: { [field]: { $in: values } },
    select: ['documentId'],
  })) as { documentId: string }[];
  return rows.map((r) => r.documentId);
}

/** The insats fields a förslag sets; fields the sender left out are left out (a change keeps them). */
async function insatsData(strapi: Core.Strapi, u: SubmissionInsats): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {
    namn: u.namn,
    sammanfattning: u.sammanfattning,
    beskrivning: u.beskrivning === undefined ? undefined : paragraphs(u.beskrivning),
    stodform: u.stodform,
    digital: u.digital,
    aktiviteter: punkter(u.aktiviteter),
    steg: punkter(u.steg),
    krav: punkter(u.krav),
    sprak: punkter(u.sprak),
    vagarIn: u.vagarIn?.map((typ) => ({ typ })),
    plats: u.plats,
    langd: u.langd,
    langdManader: u.langdManader,
    kostnad: u.kostnad,
    tillganglighet: u.tillganglighet,
    kontakt: u.kontakt,
    driftstatus: u.driftstatus,
    timmarPerVecka: u.timmarMin === undefined ? undefined : { min: u.timmarMin, max: u.timmarMax ?? null },
    platser:
      u.platserAntal === undefined && u.platserLediga === undefined && u.ko === undefined
        ? undefined
        : { antal: u.platserAntal ?? null, lediga: u.platserLediga ?? null, ko: u.ko ?? false },
    period: u.periodStart === undefined ? undefined : { start: u.periodStart, slut: u.periodSlut ?? null },
    kommuner: await documentIds(strapi, 'api::kommun.kommun', 'kod', u.kommuner),
    malgrupper: await documentIds(strapi, 'api::malgrupp.malgrupp', 'slug', u.malgrupper),
  };
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** A slug no other insats uses: "namn", then "namn-2", "namn-3" … */
async function freeSlug(strapi: Core.Strapi, base: string): Promise<string> {
  const stem = base || 'ny-insats';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? stem : `${stem.slice(0, 95)}-${n}`;
    if (!(await strapi.db.query(INSATS_UID).findOne({ where: { slug }, select: ['id'] }))) return slug;
  }
}

interface ForslagRow {
  typ: 'ny-insats' | 'andring';
  behandling: string;
  uppgifter: unknown;
  kvitto: string;
  insats: { documentId: string } | null;
  organisation: { documentId: string } | null;
}

async function loadForslag(strapi: Core.Strapi, documentId: string): Promise<ForslagRow> {
  const f = (await strapi.db.query(FORSLAG_UID).findOne({
    where: { documentId },
    populate: { insats: { select: ['documentId'] }, organisation: { select: ['documentId'] } },
  })) as ForslagRow | null;
  if (!f) throw new errors.NotFoundError('Förslaget finns inte (det kan ha tagits bort).');
  return f;
}

/** What applying the förslag would change in the insats's draft (for the redaktion's comparison before applying). */
export async function forslagComparison(strapi: Core.Strapi, documentId: string): Promise<Jamforelse> {
  const f = await loadForslag(strapi, documentId);
  const u = SubmissionInsatsSchema.parse(f.uppgifter);
  return compareForslag(strapi, f, u, await insatsData(strapi, u));
}

/**
 * "Tillämpa": turns a förslag into a draft insats (a new one, or the existing
 * insats's draft updated with the submitted fields) and marks the förslag
 * behandlad — in one transaction. Nothing is published: the redaktion reviews
 * the draft, rewrites it into klarspråk, sets "senast granskad" and publishes.
 * A change that would replace unpublished work in the draft is not applied
 * unless the editor compared first (`utkastVersion`, see applyConflict).
 */
export async function applyForslag(
  strapi: Core.Strapi,
  documentId: string,
  utkastVersion?: string,
): Promise<{ insats: string; kvitto: string } | { conflict: ApplyConflict }> {
  return strapi.db.transaction(async () => {
    const f = await loadForslag(strapi, documentId);
    if (f.behandling !== 'ny') throw new errors.ApplicationError(`Förslaget ${f.kvitto} är redan ${f.behandling}.`);
    const u = SubmissionInsatsSchema.parse(f.uppgifter);
    const data = await insatsData(strapi, u);
    let insats: string;
    if (f.typ === 'ny-insats') {
      const created = await documents(strapi, INSATS_UID).create({
        data: {
          // Strapi refuses a draft whose required repeatable component is missing, but takes an empty one; publishing still needs a väg in.
          vagarIn: [],
          ...data,
          slug: await freeSlug(strapi, slugify(u.namn ?? '')),
          organisation: f.organisation?.documentId,
          driftstatus: u.driftstatus ?? 'aktiv',
        },
      });
      insats = created.documentId;
    } else {
      if (!f.insats) throw new errors.ApplicationError(`Förslaget ${f.kvitto} gäller en insats som inte längre finns.`);
      const conflict = applyConflict(await compareForslag(strapi, f, u, data), utkastVersion);
      if (conflict) return { conflict };
      insats = f.insats.documentId;
      // Updates the draft only; the published version stays as it is until someone publishes.
      await documents(strapi, INSATS_UID).update({ documentId: insats, data });
    }
    await documents(strapi, FORSLAG_UID).update({ documentId, data: { behandling: 'behandlad', insats } });
    return { insats, kvitto: f.kvitto };
  });
}
