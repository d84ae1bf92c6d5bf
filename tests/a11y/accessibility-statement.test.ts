// The accessibility statement is complete by DIGG's list of what a statement must contain
// (https://www.digg.se/kunskap-och-stod/digital-tillganglighet/skapa-en-tillganglighetsredogorelse):
// conformance status, non-accessible content with reasons, how and when it was assessed, a
// feedback route with contact details, the enforcement procedure (a link to DIGG) and the date
// of the statement — in the CMS content (demo seed and fixture snapshot) and on the built page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSite, FIXTURE_SNAPSHOT, ROOT } from './demo-site.ts';

interface Statement {
  titel: string;
  efterlevnad: string;
  efterlevnadText: unknown[];
  kandaProblem: { problem: string; varfor?: string | null; atgard?: string | null; klart?: string | null }[];
  bedomning: { metod: string; datum: string };
  uppdaterad: string;
  feedback: { text?: string | null; epost?: string | null; telefon?: string | null; formular?: string | null };
  tillsyn: { text: string; url: string };
  lagstiftning?: string | null;
}

const snapshot = JSON.parse(fs.readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as { singles: { tillganglighetsredogorelse: { data: Statement } } };
const sources: [string, Statement][] = [
  ['fixture snapshot', snapshot.singles.tillganglighetsredogorelse.data],
  [
    'cms/data (demo seed)',
    JSON.parse(fs.readFileSync(path.join(ROOT, 'cms', 'data', 'tillganglighetsredogorelse.json'), 'utf8')) as Statement,
  ],
];
const isDate = (s: string | null | undefined) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
const longText = (s: unknown) => typeof s === 'string' && s.trim().length >= 20;
/** The site's date format ("10 november 2026"). */
const svDate = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

describe.each(sources)('accessibility statement in the %s: every element on DIGG’s list', (_name, s) => {
  it('conformance status: fully, partially or not compliant, explained', () => {
    expect(['helt', 'delvis', 'inte']).toContain(s.efterlevnad);
    expect(s.efterlevnadText.length).toBeGreaterThan(0);
  });

  it('non-accessible content: each problem with the reason, unless fully compliant', () => {
    if (s.efterlevnad === 'helt') return;
    expect(s.kandaProblem.length).toBeGreaterThan(0);
    for (const p of s.kandaProblem) {
      expect(longText(p.problem), p.problem).toBe(true);
      expect(longText(p.varfor), `${p.problem}: reason (varfor)`).toBe(true);
      if (p.klart) expect(isDate(p.klart), `${p.problem}: klart`).toBe(true);
    }
  });

  it('how the site was assessed, and when', () => {
    expect(longText(s.bedomning.metod)).toBe(true);
    expect(isDate(s.bedomning.datum)).toBe(true);
  });

  it('a feedback route with contact details', () => {
    expect(longText(s.feedback.text)).toBe(true);
    expect(s.feedback.epost || s.feedback.telefon).toBeTruthy();
    if (s.feedback.epost) expect(s.feedback.epost).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i);
  });

  it('the enforcement procedure: a link to DIGG', () => {
    expect(longText(s.tillsyn.text)).toBe(true);
    expect(s.tillsyn.text).toMatch(/DIGG|Myndigheten för digital förvaltning/);
    expect(new URL(s.tillsyn.url).hostname).toMatch(/(^|\.)digg\.se$/);
  });

  it('the date the statement was made or last updated, and the law it follows', () => {
    expect(isDate(s.uppdaterad)).toBe(true);
    expect(Date.parse(s.uppdaterad)).toBeGreaterThanOrEqual(Date.parse(s.bedomning.datum));
    expect(s.lagstiftning ?? '').toMatch(/2018:1937/);
  });
});

describe('the built /tillganglighetsredogorelse page shows every element', () => {
  const s = snapshot.singles.tillganglighetsredogorelse.data;
  let site: Awaited<ReturnType<typeof buildDemoSite>>;
  let html: string;
  let text: string;
  beforeAll(async () => {
    site = await buildDemoSite();
    html = fs.readFileSync(path.join(site.dir, 'tillganglighetsredogorelse', 'index.html'), 'utf8');
    text = html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ');
  });
  afterAll(() => site?.remove());

  it('conformance status and its explanation', () => {
    expect(text).toMatch(/uppfyller delvis kraven/i);
  });
  it('every known problem with its reason', () => {
    for (const p of s.kandaProblem) {
      expect(text).toContain(p.problem);
      if (p.varfor) expect(text).toContain(p.varfor);
    }
  });
  it('the assessment method and date, and the date of the statement', () => {
    expect(text).toContain(s.bedomning.metod);
    expect(text).toContain(svDate(s.bedomning.datum));
    expect(text).toContain(`uppdaterades senast ${svDate(s.uppdaterad)}`);
  });
  it('the feedback route with e-mail and phone', () => {
    expect(html).toMatch(/<section id="rapportera"/);
    if (s.feedback.epost) expect(html).toContain(`href="mailto:${s.feedback.epost}"`);
    if (s.feedback.telefon) expect(text).toContain(s.feedback.telefon);
  });
  it('a form for reporting a problem at #rapportera, posted to the CMS without JavaScript', () => {
    const section = /<section id="rapportera"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toMatch(/<form[^>]*method="post"[^>]*action="https?:\/\/[^"]+\/api\/intake\/aterkoppling"/);
    expect(section).toContain('<input type="hidden" name="typ" value="tillganglighet">');
    expect(section).toContain('<label for="rapport-beskrivning">Beskriv problemet</label>');
    expect(section).toMatch(/<textarea id="rapport-beskrivning" name="kommentar"[^>]*required[^>]*maxlength="2000"/);
    expect(text).toContain(
      'Du behöver inte skriva vem du är. Vill du ha svar? Skriv då din e-postadress eller ditt telefonnummer i texten.',
    );
    expect(html).toMatch(/<footer[\s\S]*<a href="\/tillganglighetsredogorelse#rapportera">Rapportera ett tillgänglighetsproblem<\/a>/);
  });
  it('the enforcement procedure links to DIGG', () => {
    expect(text).toContain(s.tillsyn.text);
    expect(html).toContain(`href="${s.tillsyn.url}"`);
  });
});
