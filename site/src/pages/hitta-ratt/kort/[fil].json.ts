import { guideCardFileJson, guideCardFileNames } from '@vg/shared-schema/guide/build';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSnapshot } from '../../../lib/content.ts';

/** One file per län with insatser (`lan-05.json`) and one for digital insatser (`digital.json`). */
export const getStaticPaths = (() => guideCardFileNames(getSnapshot()).map((fil) => ({ params: { fil } }))) satisfies GetStaticPaths;

/** The result cards' text for the insatser in one file, loaded when results are shown. */
export const GET: APIRoute = ({ params }) =>
  new Response(guideCardFileJson(getSnapshot(), String(params.fil)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
