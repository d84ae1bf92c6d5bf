import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  type FieldError,
  fieldErrors,
  INSATS_UID,
  LedigaPlatserUpdateSchema,
  PLATSANDRING_UID,
  PLATSER_COMPONENT,
} from '@vg/shared-schema';
import { documents } from '../bootstrap/documents';
import { keyPrefix } from '../intake/keys';
import { type IntakeContext, SAVE_FAILED, sendError, sendOk } from '../intake/respond';
import { insertOnce, precheck, replay, sha256, stableJson, workingKey } from '../intake/submit';

interface VersionRow {
  id: number;
  documentId: string;
  organisation: { id: number } | null;
  publishedAt: string | null;
  platser: { id: number; antal: number | null; lediga: number | null; ko: boolean | null } | null;
}

interface LogRow {
  innehallshash: string | null;
  ledigaEfter?: number | null;
  koEfter?: boolean | null;
  tidpunkt?: string;
}

const LOG_FIELDS = ['innehallshash', 'ledigaEfter', 'koEfter', 'tidpunkt'];

/** Why the figures cannot be set on these versions of the insats, as field errors; empty when they can. */
function problemsWith(versions: VersionRow[], lediga: number): FieldError[] {
  if (versions.some((v) => !v.platser))
    return [
      {
        path: ['insats'],
        message:
          'Insatsen har inga uppgifter om platser ännu. Be redaktionen fylla i antal platser, sedan kan ni uppdatera lediga platser här.',
      },
    ];
  const antal = Math.min(...versions.map((v) => v.platser?.antal ?? Number.POSITIVE_INFINITY));
  if (lediga > antal)
    return [
      {
        path: ['lediga'],
        message: `Lediga platser (${lediga}) kan inte vara fler än insatsens ${antal} platser. Har antalet platser ändrats? Säg till redaktionen.`,
      },
    ];
  return [];
}

/**
 * POST /api/intake/lediga-platser: an organisation updates one of its own insatser's free places
 * and queue with its submission key, and the change is live at once — in the published version
 * (and in the draft, so a later publish does not bring the old figure back), and nothing else of
 * the insats changes, published or not. Dated by the server and logged (Platsändring: who, when,
 * old → new) in the same transaction; the site is told to rebuild. Same guarantees as the other
 * intake routes: origin, rate limits per address and per key, validation, idempotency.
 */
export async function submitLedigaPlatser(strapi: Core.Strapi, ctx: IntakeContext): Promise<void> {
  const pre = await precheck(strapi, ctx, 'lediga-platser');
  if (!pre) return;
  const parsed = LedigaPlatserUpdateSchema.safeParse(pre.payload);
  if (!parsed.success) {
    sendError(ctx, 400, 'ogiltig', 'Uppdateringen har fel i några fält. Rätta dem och skicka igen.', { errors: fieldErrors(parsed.error) });
    return;
  }
  const u = parsed.data;
  const key = await workingKey(strapi, ctx, u.nyckel, 'uppdateringar');
  if (!key) return;
  // Every version (draft, published) of the insats with its organisation and figures, in one read.
  const versions = (await strapi.db.query(INSATS_UID).findMany({
    where: { slug: u.insats },
    select: ['id', 'documentId', 'publishedAt'],
    populate: { organisation: { select: ['id'] }, platser: true },
  })) as VersionRow[];
  const target = versions[0];
  if (!target) {
    sendError(ctx, 400, 'ogiltig', 'Uppdateringen har fel i några fält. Rätta dem och skicka igen.', {
      errors: [{ path: ['insats'], message: `Det finns ingen insats med adressnamnet "${u.insats}".` }],
    });
    return;
  }
  // A version without an organisation belongs to nobody's key.
  if (!versions.every((v) => v.organisation?.id === key.organisation.id)) {
    // A key speaks for one organisation: the figures of another's insats are not its to give.
    sendError(
      ctx,
      403,
      'fel-organisation',
      `Insatsen "${u.insats}" hör till en annan organisation. Er nyckel kan bara uppdatera er egen organisations insatser.`,
      { errors: [{ path: ['insats'], message: 'Insatsen hör till en annan organisation.' }] },
    );
    return;
  }

  const { nyckel: _secret, ...content } = u;
  const hash = sha256(stableJson({ organisation: key.organisation.documentId, ...content }));
  const idempotencyKey = pre.idempotencyKey ?? randomUUID();
  const answer = (row: LogRow, replayed: boolean) =>
    sendOk(
      ctx,
      { insats: u.insats, lediga: String(row.ledigaEfter ?? ''), ko: row.koEfter ? 'ja' : 'nej', uppdaterad: row.tidpunkt ?? '' },
      { replayed, query: { insats: u.insats } },
    );
  const storedRow = async () =>
    (await strapi.db.query(PLATSANDRING_UID).findOne({ where: { idempotensnyckel: idempotencyKey }, select: LOG_FIELDS })) as LogRow | null;

  const existing = await storedRow();
  if (existing) return replay(ctx, existing, hash, () => answer(existing, true));

  const problems = problemsWith(versions, u.lediga);
  if (problems.length > 0) {
    sendError(ctx, problems[0]?.path[0] === 'insats' ? 409 : 400, 'ogiltig', problems[0]?.message ?? '', { errors: problems });
    return;
  }
  // What visitors saw before: the published version's figures (the draft's when it has never been published).
  const before = (versions.find((v) => v.publishedAt) ?? versions[0])?.platser;
  const tidpunkt = new Date().toISOString();
  const result = await insertOnce<LogRow>(strapi, PLATSANDRING_UID, idempotencyKey, async () => {
    for (const v of versions)
      await strapi.db
        .query(PLATSER_COMPONENT)
        .update({ where: { id: v.platser?.id }, data: { lediga: u.lediga, ko: u.ko, uppdaterad: tidpunkt } });
    await documents(strapi, PLATSANDRING_UID).create({
      data: {
        insats: target.documentId,
        organisation: key.organisation.documentId,
        kalla: 'inlamningsnyckel',
        vem: `Nyckeln ${keyPrefix(u.nyckel)}… (${key.organisation.slug})`,
        ledigaFore: before?.lediga ?? null,
        ledigaEfter: u.lediga,
        koFore: before?.ko ?? null,
        koEfter: u.ko,
        publicerad: versions.some((v) => v.publishedAt),
        tidpunkt,
        idempotensnyckel: idempotencyKey,
        innehallshash: hash,
      },
    });
    return { innehallshash: hash, ledigaEfter: u.lediga, koEfter: u.ko, tidpunkt };
  });
  if ('error' in result) {
    sendError(ctx, 500, 'serverfel', SAVE_FAILED.ledigaPlatser);
    return;
  }
  if (result.replayed) {
    const won = (await storedRow()) ?? result.row;
    return replay(ctx, won, hash, () => answer(won, true));
  }
  strapi.log.info(
    `Lediga platser: ${u.insats} har nu ${u.lediga} lediga${u.ko ? ' och kö' : ''} (organisationen ${key.organisation.slug}).`,
  );
  const published = versions.find((v) => v.publishedAt);
  // The change is live in the published version: the site's builder hears it as any published change.
  if (published)
    strapi.eventHub
      .emit('entry.update', {
        model: 'insats',
        uid: INSATS_UID,
        entry: { documentId: target.documentId, publishedAt: published.publishedAt },
      })
      .catch((err: unknown) => strapi.log.warn(`Lediga platser: ombyggnadssignalen gick inte iväg (${(err as Error).message}).`));
  answer(result.row, false);
}
