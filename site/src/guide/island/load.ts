/**
 * Loading what the guide needs from the site itself: the matching index when the guide
 * starts, and the card files for the results shown. Only GETs of static files that are the
 * same for every visitor: no request carries an answer. The card files are split by län, so
 * the web host can at most see which län's insatser were shown, never the kommun or any other
 * answer.
 *
 * The index was validated with the full schema at build time; here a light hand check (not
 * zod, which would double the island's size) makes sure the file is the format this island
 * understands and belongs to the same build as the cards.
 */
import {
  type CardFilePlan,
  cardFilePath,
  GUIDE_INDEX_PATH,
  GUIDE_INDEX_VERSION,
  type GuideCard,
  type GuideIndex,
} from '@vg/shared-schema/guide';

/** Thrown when a file cannot be loaded or is not what the island expects. */
export class GuideLoadError extends Error {
  override name = 'GuideLoadError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function getJson(path: string): Promise<unknown> {
  // No cookies, no referrer: the request says nothing but which public file is wanted.
  const res = await fetch(path, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new GuideLoadError(`${path} svarade ${res.status}.`);
  return (await res.json()) as unknown;
}

/** Whether parsed JSON has the guide index's shape (the parts the island reads without further checks). */
export function looksLikeGuideIndex(json: unknown): json is GuideIndex {
  if (!isObject(json) || json.v !== GUIDE_INDEX_VERSION || typeof json.t !== 'string') return false;
  for (const key of ['mg', 'ls', 'lan', 'k', 'f', 'i', 'kd', 'fq', 'be']) if (!Array.isArray(json[key])) return false;
  const flow = json.flow;
  return (
    isObject(flow) &&
    typeof flow.rubrik === 'string' &&
    typeof flow.start === 'string' &&
    Array.isArray(flow.fragor) &&
    Array.isArray(flow.regler) &&
    Array.isArray(flow.utfall)
  );
}

/** The matching index. */
export async function loadGuideIndex(): Promise<GuideIndex> {
  const json = await getJson(GUIDE_INDEX_PATH);
  if (!looksLikeGuideIndex(json))
    throw new GuideLoadError('Guidens index har ett format som den här sidan inte känner igen. Ladda om sidan.');
  return json;
}

const isCard = (v: unknown): v is GuideCard =>
  isObject(v) && typeof v.s === 'string' && typeof v.n === 'string' && typeof v.m === 'string' && typeof v.o === 'string';

/** The cards for the planned ids, by insats id. Refuses card files from another build than the index. */
export async function loadCards(index: GuideIndex, plan: CardFilePlan): Promise<Map<number, GuideCard>> {
  const cards = new Map<number, GuideCard>();
  await Promise.all(
    [...plan].map(async ([file, ids]) => {
      const json = await getJson(cardFilePath(file));
      if (!isObject(json) || json.v !== index.v || json.t !== index.t || !isObject(json.c))
        throw new GuideLoadError('Förslagens texter hör till en annan version av guiden. Ladda om sidan.');
      const c = json.c;
      for (const id of ids) {
        const card = c[String(id)];
        if (!isCard(card)) throw new GuideLoadError(`Texten till förslag ${id} saknas. Ladda om sidan.`);
        cards.set(id, card);
      }
    }),
  );
  return cards;
}
