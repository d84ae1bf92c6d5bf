import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { listCards } from '../../min-lista/cards.ts';

/** What /min-lista shows of every insats, read by its script when the visitor has a list. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(listCards(await getSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
