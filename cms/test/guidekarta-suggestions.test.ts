/**
 * The insatser a path tried in Guidekarta leads to (cms/src/guidekarta/suggestions.ts), on the
 * committed fixture snapshot (the demo content, as published): the path is chosen on the demo
 * draft's map exactly as the editor clicks it, and the expected insatser are worked out from the
 * fixture's data by hand (where they are offered, their hours, stödform, places and queue).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideFlowMap, parseSnapshot, validGuide } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { pathSteps, tryPath } from '../src/admin/guidekarta/rules.ts';
import { PathRequestSchema, pathSuggestions } from '../src/guidekarta/suggestions.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const draft = JSON.parse(fs.readFileSync(path.resolve(HERE, '../data/hitta-ratt.json'), 'utf8')) as Record<string, unknown>;
const snapshotPath = path.resolve(HERE, '../../site/test/fixtures/snapshot.json');
const guide = validGuide(parseSnapshot(JSON.parse(fs.readFileSync(snapshotPath, 'utf8')), snapshotPath));
const map = guideFlowMap(draft);

/** The steps of a path clicked on the map: one arrow per question, from the start, by its label or where it leads. */
function clicked(labels: readonly string[]) {
  const chosen: number[] = [];
  for (const label of labels) {
    const next = tryPath(map, chosen).next.find((p) => p.villkor === label || p.till === label);
    if (!next) throw new Error(`Ingen pil "${label}" härifrån.`);
    chosen.push(next.regel);
  }
  return tryPath(map, chosen);
}

/** The browser test's path: every question's default, except hälsa "Nej" and "Högst 9 timmar". */
const CALM = ['Alla svar', 'Alla svar', 'Alla svar', 'Svar: Nej', 'Alla svar', 'Alla andra svar', 'Högst 9 timmar'];
const LINKOPING = '0580';

describe('the insatser a tried path leads to', () => {
  it('ranks what the site suggests in Linköping for "Börja i lugn takt", with the answers it assumed', () => {
    const tried = clicked(CALM);
    expect(tried.here?.nyckel).toBe('borja-i-lugn-takt');
    const result = pathSuggestions(guide, { steg: pathSteps(draft, tried.pilar), kommun: LINKOPING });
    expect(result.lage).toBe('forslag');
    expect(result.nod.nyckel).toBe('borja-i-lugn-takt');
    expect(result.kommun).toEqual({ kod: LINKOPING, namn: 'Linköping' });
    expect(result.vidgat).toBeNull();
    expect(result.saknas).toEqual([]);
    // "Alla andra svar" on the goal question takes "arbete" (the first option no other rule takes):
    // arbetsträning scores stödform + goal, praktik and samordning the goal; offered in Linköping
    // +2, free places +1, a queue −1; at most 9 hours a week (SFI 15, Drivbänk and Arena 10 drop
    // out); the digital insatser are open wherever you live but not "in Linköping".
    expect(result.insatser.map((i) => i.namn)).toEqual([
      'Backaberg', // arbetsträning 4 + 4, local 2, queue −1 = 9
      'Förstärkt samverkan Arbetsförmedlingen och Försäkringskassan', // samordning 4 + local 2 = 6
      'Samordningsbron', // 6
      'SIP – samordnad individuell plan', // 6
      'IPS – individanpassat stöd till arbete', // praktik 4 + 2 − 1 = 5
      'Samordningsbron Linköping', // samordning 4 + 2 − 1 = 5
      'Gröna Stegets odlingsgrupp', // local 2 + free places 1 = 3
      'Komvux Linköping', // local 2
      'Digitalt språkcafé', // free places 1
      'Jonsbo – grön rehabilitering', // 2 − 1 = 1
      'Kurs i jobbsökning på distans', // 0
      'Vägvisarens stödchatt', // 0
      'Studievägledning på distans', // queue −1
    ]);
    expect(result.antal).toBe(13);
    const [backaberg] = result.insatser;
    expect(backaberg?.skal).toEqual(['Finns i Linköping', 'För dig som vill börja arbeta', 'Passar om du orkar 8 timmar i veckan']);
    const svar = Object.fromEntries(result.svar.map((r) => [r.nyckel, r.svar]));
    expect(svar).toMatchObject({
      kommun: 'Linköping',
      inkomst: 'Lön från ett arbete',
      halsa: 'Nej',
      mal: 'Jag vill börja arbeta',
      timmar: '9 timmar i veckan',
    });
  });

  it('asks for a kommun when the path crosses the kommun question without one, and offers every kommun', () => {
    const result = pathSuggestions(guide, { steg: pathSteps(draft, clicked(CALM).pilar) });
    expect(result.lage).toBe('valj-kommun');
    expect(result.nod).toEqual({ nyckel: 'kommun', rubrik: 'Vilken kommun bor du i?' });
    expect(result.insatser).toEqual([]);
    expect(result.kommuner).toContainEqual({ kod: LINKOPING, namn: 'Linköping' });
    expect(result.kommuner).toHaveLength(guide.index.k.length);
  });

  it('lists nothing for an outcome that shows no insatser on the site', () => {
    const tried = clicked(['Alla svar', 'Alla svar', 'Alla svar', 'Svar: Nej', 'Alla svar', 'forsta-rattigheter']);
    expect(tried.here?.nyckel).toBe('forsta-rattigheter');
    const result = pathSuggestions(guide, { steg: pathSteps(draft, tried.pilar), kommun: LINKOPING });
    expect(result.lage).toBe('inga-insatser');
    expect(result.insatser).toEqual([]);
  });

  it('says where the published guide stops when the draft has a rule it does not', () => {
    const steg = pathSteps(draft, clicked(CALM).pilar).map((s) => (s.fraga === 'halsa' ? { ...s, varde: 'kanske' } : s));
    const result = pathSuggestions(guide, { steg, kommun: LINKOPING });
    expect(result.saknas).toEqual([{ fraga: 'halsa', villkor: 'svar-ar', varde: 'kanske' }]);
    expect(result.lage).toBe('stannar');
    expect(result.nod.nyckel).toBe('halsa');
  });

  it('takes only steps and a kommun code', () => {
    expect(PathRequestSchema.safeParse({ steg: [], kommun: '0580' }).success).toBe(true);
    expect(PathRequestSchema.safeParse({ steg: [], kommun: 'Linköping' }).success).toBe(false);
    expect(PathRequestSchema.safeParse({ steg: [], status: 'draft' }).success).toBe(false);
    expect(PathRequestSchema.safeParse({ steg: [{ fraga: 'halsa', villkor: 'gissa' }] }).success).toBe(false);
  });
});
