import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  ATERKOPPLING_UID,
  FeedbackSchema,
  type FieldError,
  FORSLAG_UID,
  fieldErrors,
  formToPayload,
  IdempotencyKeySchema,
  INSATS_UID,
  type Submission,
  SubmissionSchema,
} from '@vg/shared-schema';
import { documents } from '../bootstrap/documents';
import { clientBucket } from './client-address';
import { intakeConfig } from './config';
import { findKey, type KeyRow } from './keys';
import { intakeLimiters } from './limiters';
import { type IntakeContext, isFormPost, SAVE_FAILED, sendError, sendOk } from './respond';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A stable JSON text (keys sorted), so the same payload always gives the same hash. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Checks shared by every intake route; answers and returns null when the request must stop here. */
export async function precheck(
  strapi: Core.Strapi,
  ctx: IntakeContext,
  route: string,
): Promise<{ payload: Record<string, unknown>; idempotencyKey: string | undefined } | null> {
  const origin = ctx.get('origin');
  if (origin && !intakeConfig().VG_SITE_ORIGINS.includes(origin)) {
    sendError(ctx, 403, 'fel-ursprung', 'Anropet kommer från en webbplats som inte får skicka hit.');
    return null;
  }
  const wait = await (await intakeLimiters(strapi)).ip.hit(`${route}:${clientBucket(ctx.ip)}`);
  if (wait > 0) {
    sendError(ctx, 429, 'for-manga', `För många anrop. Vänta ${wait} sekunder och försök igen.`, { retryAfter: wait });
    return null;
  }
  if (!ctx.is('application/json', 'application/x-www-form-urlencoded')) {
    sendError(ctx, 415, 'fel-format', 'Skicka formuläret som application/json eller application/x-www-form-urlencoded.');
    return null;
  }
  // The body parser reads every body as UTF-8 whatever the header says: a body declared in another
  // charset would be read as something the sender did not mean, so it is refused instead.
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(ctx.get('content-type'))?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    sendError(ctx, 415, 'fel-format', `Skicka innehållet i teckenkodningen UTF-8, inte ${charset}.`);
    return null;
  }
  const body = ctx.request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    sendError(ctx, 400, 'ogiltig', 'Innehållet ska vara ett JSON-objekt.');
    return null;
  }
  const form = isFormPost(ctx);
  const raw = form ? formToPayload(body as Record<string, unknown>) : { ...(body as Record<string, unknown>) };
  // A plain form cannot send headers: it may carry the key in a hidden field instead.
  const headerKey = ctx.get('idempotency-key') || undefined;
  const fieldKey = typeof raw.idempotensnyckel === 'string' ? raw.idempotensnyckel : undefined;
  delete raw.idempotensnyckel;
  const idempotencyKey = headerKey ?? fieldKey;
  if (idempotencyKey !== undefined && !IdempotencyKeySchema.safeParse(idempotencyKey).success) {
    sendError(ctx, 400, 'ogiltig', 'Idempotency-Key ska vara 8–100 tecken: bokstäver, siffror och -_.:', {
      errors: [{ path: ['idempotensnyckel'], message: 'Idempotency-Key ska vara 8–100 tecken: bokstäver, siffror och -_.:' }],
    });
    return null;
  }
  return { payload: raw, idempotencyKey };
}

export interface Stored {
  kvitto?: string;
  innehallshash: string | null;
}

/** What to answer when an Idempotency-Key has been seen before: the same receipt, or 422 for a different payload. */
export function replay(ctx: IntakeContext, existing: Stored, hash: string, ok: () => void): void {
  if (existing.innehallshash !== hash) {
    sendError(
      ctx,
      422,
      'idempotens',
      'Idempotency-Key har redan använts för ett annat innehåll. Skapa en ny nyckel för varje nytt förslag.',
    );
    return;
  }
  ok();
}

/**
 * Runs the insert in one transaction and, when it fails because the
 * Idempotency-Key was stored meanwhile (a concurrent retry), returns the row
 * that won. Other errors are logged by their code only (the database's message
 * can quote the submitted values) and answered with 500.
 */
export async function insertOnce<T extends Stored>(
  strapi: Core.Strapi,
  uid: string,
  idempotencyKey: string,
  insert: () => Promise<T>,
): Promise<{ row: T; replayed: boolean } | { error: true }> {
  try {
    return { row: await strapi.db.transaction(insert), replayed: false };
  } catch (err) {
    let winner: T | null = null;
    try {
      winner = (await strapi.db.query(uid as 'api::forslag.forslag').findOne({
        where: { idempotensnyckel: idempotencyKey },
        // Only förslag have receipts; asking the feedback table for one would fail here and turn the answer into a raw 500.
        select: uid === FORSLAG_UID ? ['kvitto', 'innehallshash'] : ['innehallshash'],
      })) as T | null;
    } catch {
      // The database is failing: answer as for the insert below.
    }
    if (winner) return { row: winner, replayed: true };
    const code = (err as { code?: unknown; name?: unknown }).code ?? (err as { name?: unknown }).name ?? 'okänt';
    strapi.log.error(`Inlämning: kunde inte spara i ${uid} (${String(code)}).`);
    return { error: true };
  }
}

/**
 * The organisation's key behind `nyckel`, when it exists, is active and is within its rate limit;
 * otherwise answers (401, 403 or 429, naming the field) and returns null. `what` names what the key
 * sends, for the rate limit's message ("förslag").
 */
export async function workingKey(
  strapi: Core.Strapi,
  ctx: IntakeContext,
  nyckel: string,
  what: string,
): Promise<(KeyRow & { organisation: NonNullable<KeyRow['organisation']> }) | null> {
  const key = await findKey(strapi, nyckel);
  if (!key?.organisation) {
    sendError(ctx, 401, 'fel-nyckel', 'Inlämningsnyckeln stämmer inte. Kontrollera nyckeln eller be redaktionen om en ny.', {
      errors: [{ path: ['nyckel'], message: 'Inlämningsnyckeln stämmer inte.' }],
    });
    return null;
  }
  if (!key.aktiv) {
    sendError(ctx, 403, 'aterkallad-nyckel', 'Inlämningsnyckeln är återkallad. Be redaktionen om en ny nyckel.', {
      errors: [{ path: ['nyckel'], message: 'Inlämningsnyckeln är återkallad.' }],
    });
    return null;
  }
  const wait = await (await intakeLimiters(strapi)).key.hit(key.documentId);
  if (wait > 0) {
    sendError(ctx, 429, 'for-manga', `För många ${what} med den här nyckeln. Vänta ${wait} sekunder och försök igen.`, {
      retryAfter: wait,
    });
    return null;
  }
  return key as KeyRow & { organisation: NonNullable<KeyRow['organisation']> };
}

async function unknownReferences(strapi: Core.Strapi, s: Submission): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const missing = async (uid: string, field: string, values: string[]) => {
    if (values.length === 0) return [];
    const rows = (await strapi.db.query(uid as 'api::kommun.kommun').findMany({
      where: { [field]: { $in: values } },
      select: [field],
    })) as Record<string, string>[];
    const found = new Set(rows.map((r) => r[field]));
    return values.filter((v) => !found.has(v));
  };
  for (const kod of await missing('api::kommun.kommun', 'kod', s.uppgifter.kommuner ?? []))
    problems.push({ path: ['uppgifter', 'kommuner'], message: `Det finns ingen kommun med koden "${kod}".` });
  for (const slug of await missing('api::malgrupp.malgrupp', 'slug', s.uppgifter.malgrupper ?? []))
    problems.push({ path: ['uppgifter', 'malgrupper'], message: `Det finns ingen målgrupp "${slug}".` });
  return problems;
}

/** The insats a change proposal names, with the organisation of each of its versions (draft, published). */
async function insatsToChange(strapi: Core.Strapi, slug: string): Promise<{ documentId: string; organisationIds: number[] } | null> {
  const rows = (await strapi.db.query(INSATS_UID).findMany({
    where: { slug },
    select: ['documentId'],
    populate: { organisation: { select: ['id'] } },
  })) as { documentId: string; organisation: { id: number } | null }[];
  const first = rows[0];
  if (!first) return null;
  // A version without an organisation belongs to nobody's key.
  return { documentId: first.documentId, organisationIds: rows.map((r) => r.organisation?.id ?? -1) };
}

/** POST /api/intake/forslag: a proposal from a member organisation. */
export async function submitForslag(strapi: Core.Strapi, ctx: IntakeContext): Promise<void> {
  const pre = await precheck(strapi, ctx, 'forslag');
  if (!pre) return;
  const parsed = SubmissionSchema.safeParse(pre.payload);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    sendError(ctx, 400, 'ogiltig', 'Förslaget har fel i några fält. Rätta dem och skicka igen.', { errors });
    return;
  }
  const s = parsed.data;
  const key = await workingKey(strapi, ctx, s.nyckel, 'förslag');
  if (!key) return;

  let insatsDocumentId: string | undefined;
  const problems = await unknownReferences(strapi, s);
  if (s.typ === 'andring' && s.insats) {
    const target = await insatsToChange(strapi, s.insats);
    if (!target) problems.push({ path: ['insats'], message: `Det finns ingen insats med adressnamnet "${s.insats}".` });
    else if (!target.organisationIds.every((id) => id === key.organisation?.id)) {
      // A key speaks for one organisation: it may propose changes to that organisation's insatser only.
      sendError(
        ctx,
        403,
        'fel-organisation',
        `Insatsen "${s.insats}" hör till en annan organisation. Er nyckel kan bara föreslå ändringar i er egen organisations insatser.`,
        { errors: [{ path: ['insats'], message: 'Insatsen hör till en annan organisation.' }] },
      );
      return;
    } else insatsDocumentId = target.documentId;
  }
  if (problems.length > 0) {
    sendError(ctx, 400, 'ogiltig', 'Förslaget har fel i några fält. Rätta dem och skicka igen.', { errors: problems });
    return;
  }

  const { nyckel: _secret, ...content } = s;
  const hash = sha256(stableJson({ organisation: key.organisation.documentId, ...content }));
  const idempotencyKey = pre.idempotencyKey ?? randomUUID();
  const answer = (kvitto: string, replayed: boolean) => sendOk(ctx, { kvitto }, { replayed, query: { nr: kvitto } });

  const existing = (await strapi.db.query(FORSLAG_UID).findOne({
    where: { idempotensnyckel: idempotencyKey },
    select: ['kvitto', 'innehallshash'],
  })) as { kvitto: string; innehallshash: string | null } | null;
  if (existing) return replay(ctx, existing, hash, () => answer(existing.kvitto, true));

  const mottagen = new Date();
  const result = await insertOnce(strapi, FORSLAG_UID, idempotencyKey, async () => {
    const created = await documents(strapi, FORSLAG_UID).create({
      data: {
        typ: s.typ,
        insats: insatsDocumentId ?? null,
        organisation: key.organisation?.documentId,
        uppgifter: s.uppgifter,
        meddelande: s.meddelande ?? null,
        avsandareNamn: s.avsandare.namn ?? null,
        avsandareRoll: s.avsandare.roll,
        avsandareEpost: s.avsandare.epost ?? null,
        avsandareTelefon: s.avsandare.telefon ?? null,
        // A placeholder that matches the format; replaced by the number below in the same transaction.
        kvitto: `VG-0000-${BigInt(`0x${randomBytes(6).toString('hex')}`)
          .toString()
          .padStart(15, '0')}`,
        idempotensnyckel: idempotencyKey,
        innehallshash: hash,
        behandling: 'ny',
        mottagen: mottagen.toISOString(),
      },
    });
    const id = created.id as number;
    const kvitto = `VG-${mottagen.getFullYear()}-${String(id).padStart(6, '0')}`;
    await strapi.db.query(FORSLAG_UID).update({ where: { id }, data: { kvitto } });
    return { kvitto, innehallshash: hash };
  });
  if ('error' in result) {
    sendError(ctx, 500, 'serverfel', SAVE_FAILED.forslag);
    return;
  }
  if (result.replayed) return replay(ctx, result.row, hash, () => answer(result.row.kvitto ?? '', true));
  strapi.log.info(`Inlämning: förslag ${result.row.kvitto} mottaget från organisationen ${key.organisation.slug}.`);
  answer(result.row.kvitto ?? '', false);
}

/** POST /api/intake/aterkoppling: feedback from a visitor. */
export async function submitAterkoppling(strapi: Core.Strapi, ctx: IntakeContext): Promise<void> {
  const pre = await precheck(strapi, ctx, 'aterkoppling');
  if (!pre) return;
  const parsed = FeedbackSchema.safeParse(pre.payload);
  if (!parsed.success) {
    sendError(ctx, 400, 'ogiltig', 'Återkopplingen har fel i några fält. Rätta dem och skicka igen.', {
      errors: fieldErrors(parsed.error),
    });
    return;
  }
  const f = parsed.data;
  const hash = sha256(stableJson(f));
  const idempotencyKey = pre.idempotencyKey ?? randomUUID();
  const answer = (replayed: boolean) => sendOk(ctx, { status: 'mottagen' }, { replayed, query: { typ: f.typ, sida: f.sida } });

  const existing = (await strapi.db.query(ATERKOPPLING_UID).findOne({
    where: { idempotensnyckel: idempotencyKey },
    select: ['innehallshash'],
  })) as { innehallshash: string | null } | null;
  if (existing) return replay(ctx, existing, hash, () => answer(true));

  const result = await insertOnce(strapi, ATERKOPPLING_UID, idempotencyKey, async () => {
    await documents(strapi, ATERKOPPLING_UID).create({
      data: {
        typ: f.typ,
        sida: f.sida,
        svar: f.svar ?? null,
        kommentar: f.kommentar ?? null,
        mottagen: new Date().toISOString(),
        idempotensnyckel: idempotencyKey,
        innehallshash: hash,
      },
    });
    return { innehallshash: hash };
  });
  if ('error' in result) {
    sendError(ctx, 500, 'serverfel', SAVE_FAILED.aterkoppling);
    return;
  }
  if (result.replayed) return replay(ctx, result.row, hash, () => answer(true));
  answer(false);
}
