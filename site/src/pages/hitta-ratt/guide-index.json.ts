import { guideIndexJson } from '@vg/shared-schema/guide/build';
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../lib/content.ts';

/** The guide's matching index, loaded by the island when the guide starts. Holds no answers: it is the same file for everyone. */
export const GET: APIRoute = () =>
  new Response(guideIndexJson(getSnapshot()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
