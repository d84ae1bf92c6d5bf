import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GlossaryTerm, JargonEntry } from '@vg/shared-schema';
import type { AdminUser } from '../access/document-guard';
import { FORBUNDSREDAKTOR_ROLE, REDAKTOR_ROLE, SKRIBENT_ROLE } from '../bootstrap/editorial-roles';

export const WORD_LISTS_PATH = '/klarsprak/ordlistor';

const JARGONGORD = 'api::jargongord.jargongord';
const BEGREPP = 'api::begrepp.begrepp';
/** The roles that write texts for visitors; any other admin role gets a 403. */
const WRITERS = ['strapi-super-admin', REDAKTOR_ROLE.code, SKRIBENT_ROLE.code, FORBUNDSREDAKTOR_ROLE.code];

export interface WordLists {
  jargong: JargonEntry[];
  begrepp: GlossaryTerm[];
}

/**
 * The two lists Skrivhjälp advises from, for everyone who writes: the redaktion's jargon list
 * (word, suggestion, comment) and the glossary's published terms (term, explanation, aliases).
 * A Skribent or Förbundsredaktör may not read either type in the content manager (the jargon
 * list is the redaktion's to keep, and its drafts and fields are not theirs), so this route hands
 * out exactly the fields the advice quotes, read-only, and nothing else of either type.
 */
export async function wordLists(strapi: Core.Strapi): Promise<WordLists> {
  const jargon = (await strapi.documents(JARGONGORD).findMany({ fields: ['ord', 'forslag', 'kommentar'], sort: 'ord:asc' })) as unknown as {
    ord?: unknown;
    forslag?: unknown;
    kommentar?: unknown;
  }[];
  const terms = (await strapi.documents(BEGREPP).findMany({
    status: 'published',
    fields: ['term', 'definition'],
    populate: { alias: { fields: ['text'] } },
    sort: 'term:asc',
  })) as unknown as { term?: unknown; definition?: unknown; alias?: { text?: unknown }[] | null }[];
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  return {
    jargong: jargon.flatMap((j) =>
      text(j.ord) && text(j.forslag) ? [{ ord: j.ord, forslag: j.forslag, kommentar: text(j.kommentar) ? j.kommentar : null }] : [],
    ),
    begrepp: terms.flatMap((t) =>
      text(t.term) && text(t.definition)
        ? [{ term: t.term, definition: t.definition, alias: (t.alias ?? []).flatMap((a) => (text(a.text) ? [a.text] : [])) }]
        : [],
    ),
  };
}

/** `GET /klarsprak/ordlistor` (admin API: an admin session is needed) → 200 `{ data: { jargong, begrepp } }` for the writing roles. */
export function registerWordListRoute(strapi: Core.Strapi): void {
  const route = {
    method: 'GET' as const,
    path: WORD_LISTS_PATH,
    info: { type: 'admin' },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    handler: async (ctx: { state: { user?: AdminUser }; status: number; body: unknown }) => {
      const codes = ctx.state.user?.roles?.map((r) => r.code) ?? [];
      // A PolicyError, so Strapi's route authorisation keeps the message.
      if (!codes.some((c) => WRITERS.includes(c))) throw new errors.PolicyError('Ordlistorna är till för dem som skriver texter i CMS:et.');
      ctx.status = 200;
      ctx.body = { data: await wordLists(strapi) };
    },
  };
  strapi.server.routes({ type: 'admin', prefix: '', routes: [route] });
}
