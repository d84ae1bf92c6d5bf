/**
 * Which card files the island must load to show a set of results: for each insats, the file
 * of the chosen kommun's län when it is offered there, else a file already being loaded, else
 * the file of the first län it is offered in; digital/national insatser are in the digital
 * file. Pure and zod-free, so it ships in the island.
 */
import { DIGITAL_CARD_FILE, GUIDE_STATUS, lanCardFile } from './index-format.ts';
import type { GuideIndex } from './index-schema.ts';

/** The card file of the län a kommun (by id) lies in. */
function lanFile(index: GuideIndex, kommun: number): string | undefined {
  const lan = index.k[kommun]?.[2];
  const code = lan === undefined ? undefined : index.lan[lan]?.[0];
  return code === undefined ? undefined : lanCardFile(code);
}

/** Card file name → the insats ids to read from it. */
export type CardFilePlan = Map<string, number[]>;

/**
 * The card files holding the cards of `ids`, few files: the chosen kommun's län file
 * (`kommunKod`'s län) is preferred. Throws for an id the index does not have or a paused/ended
 * insats (it has no card; the engine never suggests one).
 */
export function cardFilesFor(index: GuideIndex, ids: readonly number[], kommunKod?: string): CardFilePlan {
  const plan: CardFilePlan = new Map();
  const add = (file: string, id: number) => {
    const list = plan.get(file) ?? [];
    list.push(id);
    plan.set(file, list);
  };
  const homeId = kommunKod === undefined ? -1 : index.k.findIndex(([kod]) => kod === kommunKod);
  const home = homeId < 0 ? undefined : lanFile(index, homeId);
  for (const id of ids) {
    const ins = index.i[id];
    if (!ins) throw new Error(`Insatsen med id ${id} saknas i guidens index.`);
    if (ins.st === GUIDE_STATUS.pausad || ins.st === GUIDE_STATUS.avslutad)
      throw new Error(`Insatsen med id ${id} är pausad eller avslutad och har inget kort.`);
    const files = (ins.k ?? []).map((k) => lanFile(index, k)).filter((f): f is string => f !== undefined);
    if (ins.d === 1 || files.length === 0) {
      add(DIGITAL_CARD_FILE, id);
      continue;
    }
    const file = (home !== undefined && files.includes(home) ? home : undefined) ?? files.find((f) => plan.has(f)) ?? files[0];
    if (file) add(file, id);
  }
  return plan;
}
