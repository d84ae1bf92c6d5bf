import { describe, expect, it } from 'vitest';
import {
  berattelseWithin,
  type ForbundArea,
  insatsInAreas,
  insatsInForbund,
  organisationMayBeWithin,
} from '../src/access/forbund-scope.ts';
import { relationRefs } from '../src/access/skribent-guard.ts';

// Database ids, as in the demo data: SCÖ covers Linköping (580), Kinda (513) and Åtvidaberg (561);
// Värend covers Växjö (780). Region Östergötland (5), Försäkringskassan (26) and Arbetsförmedlingen
// (27) are members; the agencies are members of Värend as well.
const SCO: ForbundArea = { id: 1, kommunIds: [580, 513, 561], memberIds: [1, 2, 3, 5, 26, 27] };
const VAREND: ForbundArea = { id: 2, kommunIds: [780], memberIds: [6, 13, 26, 27] };
const linkoping = { id: 1, kommunId: 580 };
const larcentrumKinda = { id: 4, kommunId: 513 };
const regionOstergotland = { id: 5, kommunId: null };
const forsakringskassan = { id: 26, kommunId: null };
const vaxjo = { id: 6, kommunId: 780 };
const foreningUtanKommun = { id: 33, kommunId: null };

describe('the rule: which insatser are within a förbund', () => {
  it('counts organisations in the förbund’s kommuner, with or without the förbund set', () => {
    expect(insatsInForbund(SCO, { organisation: linkoping, forbundId: 1 })).toBe(true);
    expect(insatsInForbund(SCO, { organisation: linkoping, forbundId: null })).toBe(true);
    expect(insatsInForbund(SCO, { organisation: larcentrumKinda, forbundId: null })).toBe(true);
  });

  it('counts a member outside the kommuner only for the förbund’s own insatser', () => {
    expect(insatsInForbund(SCO, { organisation: regionOstergotland, forbundId: 1 })).toBe(true);
    expect(insatsInForbund(SCO, { organisation: regionOstergotland, forbundId: null })).toBe(false);
    // Försäkringskassan is a member of every förbund: its insats for Värend is not SCÖ's, nor its national one.
    expect(insatsInForbund(SCO, { organisation: forsakringskassan, forbundId: 2 })).toBe(false);
    expect(insatsInForbund(SCO, { organisation: forsakringskassan, forbundId: null })).toBe(false);
    expect(insatsInForbund(VAREND, { organisation: forsakringskassan, forbundId: 2 })).toBe(true);
  });

  it('never counts another förbund’s insats, an organisation elsewhere, or no organisation', () => {
    expect(insatsInForbund(SCO, { organisation: linkoping, forbundId: 2 })).toBe(false);
    expect(insatsInForbund(SCO, { organisation: vaxjo, forbundId: null })).toBe(false);
    expect(insatsInForbund(SCO, { organisation: vaxjo, forbundId: 1 })).toBe(false);
    expect(insatsInForbund(SCO, { organisation: foreningUtanKommun, forbundId: 1 })).toBe(false);
    expect(insatsInForbund(SCO, { organisation: null, forbundId: 1 })).toBe(false);
  });

  it('lets an editor of several förbund write within any of them, and one of none write nothing', () => {
    expect(insatsInAreas([SCO, VAREND], { organisation: vaxjo, forbundId: 2 })).toBe(true);
    expect(insatsInAreas([], { organisation: linkoping, forbundId: 1 })).toBe(false);
  });

  it('offers only local organisations and members as an insats’s organisation', () => {
    expect(organisationMayBeWithin([SCO], linkoping)).toBe(true);
    expect(organisationMayBeWithin([SCO], forsakringskassan)).toBe(true);
    expect(organisationMayBeWithin([SCO], vaxjo)).toBe(false);
    expect(organisationMayBeWithin([SCO], foreningUtanKommun)).toBe(false);
  });
});

describe('the rule: which berättelser are within a förbund', () => {
  const inScope = new Set(['jonsbo', 'drivbank']);
  const draft = (insatser: string[]) => ({ published: false, insatser });
  const published = (insatser: string[]) => ({ published: true, insatser });
  it('needs every linked insats within, in every version', () => {
    expect(berattelseWithin([draft(['jonsbo', 'drivbank']), published(['jonsbo'])], inScope)).toBe(true);
    expect(berattelseWithin([draft(['jonsbo', 'studiestart-unga-vaxjo'])], inScope)).toBe(false);
    expect(berattelseWithin([draft(['jonsbo']), published(['studiestart-unga-vaxjo'])], inScope)).toBe(false);
  });

  it('needs the draft linked to at least one insats; a published version may lack a link to an unpublished one', () => {
    expect(berattelseWithin([draft([]), published(['jonsbo'])], inScope)).toBe(false);
    expect(berattelseWithin([draft(['jonsbo']), published([])], inScope)).toBe(true);
    expect(berattelseWithin([draft([])], inScope)).toBe(false);
    expect(berattelseWithin([], inScope)).toBe(false);
  });
});

describe('relation inputs, in every shape the admin and the document service accept', () => {
  it('names every entry, connected, set or disconnected', () => {
    expect(relationRefs({ connect: [{ documentId: 'a' }], disconnect: [{ id: 2 }], set: ['c'] }).refs.sort()).toEqual([2, 'a', 'c']);
    expect(relationRefs({ connect: { documentId: 'a', position: { before: 'b' } } }).refs).toEqual(['a']);
    expect(relationRefs([{ id: 1 }, 'x']).refs).toEqual([1, 'x']);
    expect(relationRefs(7).refs).toEqual([7]);
  });

  it('tells an emptied relation from an untouched one', () => {
    expect(relationRefs(null)).toEqual({ refs: [], touched: true });
    expect(relationRefs({ set: [] })).toEqual({ refs: [], touched: true });
    expect(relationRefs(undefined)).toEqual({ refs: [], touched: false });
  });
});
