import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture.ts';
import { builtPages, emptyHeadings, jsonLd, links, targetExists, textOf } from './html.ts';

const siteDir = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const site = fixtureSite();

/** Pages built by other issues that are linked from here already (the guide and search). Shrinks to [] as they land. */
const NOT_YET_BUILT: string[] = [];
/** Link texts that say nothing on their own. */
const VAGUE = ['läs mer', 'klicka här', 'här', 'mer', 'länk', 'läs här', 'se mer'];
/** Result pages the CMS redirects a plain form POST to: they read its query string with a small script. */
const FORM_RESULT_SCRIPT_BUDGET: Record<string, number> = {
  '/lamna-forslag/kvitto': 2 * 1024,
  '/lamna-forslag/fel': 2 * 1024,
  '/aterkoppling/tack': 2 * 1024,
  '/aterkoppling/fel': 2 * 1024,
  '/lediga-platser/tack': 2 * 1024,
  '/lediga-platser/fel': 2 * 1024,
};
/** Gzip budget of each form page's scripts; the submission form's validation and retry is the biggest. */
const FORM_SCRIPT_BUDGET: Record<string, number> = {
  '/lamna-forslag': 6 * 1024,
  // Lyssna and the key's show/hide button: the form itself is plain HTML.
  '/lediga-platser': 2 * 1024,
  ...FORM_RESULT_SCRIPT_BUDGET,
};
/** Min lista: the visitor's saved insatser, drawn by its own small script (with Lyssna's). */
const MIN_LISTA_PATH = '/min-lista';
const MIN_LISTA_SCRIPT_BUDGET = 6 * 1024;
/** Pages kept out of search engines (the 404, the feedback receipts): no canonical URL, not in the sitemap. */
const isNoindex = (html: string) => html.includes('<meta name="robots" content="noindex">');
/** Pages that are not content: lists, filters, the 404. They are left out of the search index. */
const isContentPage = (p: string) =>
  /^\/(vagval\/[^/]+(\/lattlast)?|berattelser\/[^/]+|sa-fungerar-valfardssystemet\/[^/]+|aktorer\/[^/]+|vanliga-fragor|begrepp|om|tillganglighetsredogorelse)$/.test(
    p,
  ) && !/^\/vagval\/lediga-platser$/.test(p);

/** Gzip size of a built module script and the modules it imports (shared chunks count for each page that loads them). */
function moduleGzip(outDir: string, src: string, seen = new Set<string>()): number {
  const file = path.join(outDir, src);
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  let total = gzipSync(code).length;
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
    total += moduleGzip(outDir, path.posix.join(path.posix.dirname(src), m[1] ?? ''), seen);
  return total;
}

describe('static build from the fixture snapshot', () => {
  let outDir: string;
  let pages: Map<string, string>;
  const page = (p: string) => {
    const html = pages.get(p);
    if (html === undefined) throw new Error(`Sidan ${p} byggdes inte.`);
    return html;
  };

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-site-'));
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_PATH: 'test/fixtures/snapshot.json' },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    pages = builtPages(outDir);
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('emits a Swedish home page with one h1 and a skip link to main', () => {
    const html = page('/');
    expect(html).toMatch(/<html lang="sv"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/href="#main"/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toContain('href="/hitta-ratt"');
    expect(html).toMatch(/<form[^>]*action="\/sok"[^>]*method="get"[^>]*role="search"/);
  });

  it('builds a page for every entry and filter value', () => {
    const c = site.collections;
    for (const i of c.insatser) expect(pages.has(`/vagval/${i.data.slug}`), i.data.slug).toBe(true);
    for (const b of c.berattelser) expect(pages.has(`/berattelser/${b.data.slug}`)).toBe(true);
    for (const k of c.kedjor) expect(pages.has(`/sa-fungerar-valfardssystemet/${k.data.slug}`)).toBe(true);
    for (const a of c.aktorer) expect(pages.has(`/aktorer/${a.data.slug}`)).toBe(true);
    for (const p of [
      '/vagval',
      '/berattelser',
      '/vanliga-fragor',
      '/sa-fungerar-valfardssystemet',
      '/aktorer',
      '/begrepp',
      '/om',
      '/tillganglighetsredogorelse',
      '/404.html',
    ]) {
      expect(pages.has(p), p).toBe(true);
    }
    expect(pages.has('/vagval/kommun/linkoping')).toBe(true);
    expect(pages.has('/vagval/stodform/arbetstraning')).toBe(true);
    expect(pages.has('/vagval/lediga-platser')).toBe(true);
  });

  it('every page: lang="sv", exactly one h1, a unique non-empty title, a skip link, landmarks and the accessibility statement in the footer', () => {
    const titles = new Map<string, string>();
    for (const [p, html] of pages) {
      expect(html, p).toMatch(/<html lang="sv"/);
      expect(html.match(/<h1[\s>]/g), `${p}: h1`).toHaveLength(1);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
      expect(title, `${p}: title`).not.toBe('');
      expect(titles.get(title), `${p} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, p);
      expect(html, p).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, p).toMatch(/<main id="main"/);
      expect(html, p).toMatch(/<footer[\s\S]*href="\/tillganglighetsredogorelse"/);
      expect(html, p).toMatch(/<meta name="description" content="[^"]+"/);
    }
  });

  it('canonical URL and Open Graph on every indexable page', () => {
    for (const p of ['/404.html', ...Object.keys(FORM_RESULT_SCRIPT_BUDGET)]) expect(isNoindex(page(p)), p).toBe(true);
    for (const [p, html] of pages) {
      if (isNoindex(html)) {
        expect(html, p).not.toContain('rel="canonical"');
        continue;
      }
      expect(html, p).toContain(`<link rel="canonical" href="http://localhost:4321${p === '/' ? '/' : p}">`);
      expect(html, p).toMatch(/<meta property="og:title" content="[^"]+">/);
    }
  });

  it('an insats page has what a person needs to act, and Service structured data', () => {
    const html = page('/vagval/jonsbo');
    expect(html).toContain('<h1>Jonsbo – grön rehabilitering</h1>');
    expect(html).toContain('<a href="tel:+46131234520">013-123 45 20</a>');
    expect(html).toContain('<a href="mailto:kontakt@jonsbo.example.se">');
    expect(html).toContain('Samordnare på Jonsbo');
    expect(html).toContain('Torpvägen 12');
    expect(html).toContain('Senast granskad');
    expect(html).toContain('href="/vagval/jonsbo/lattlast"');
    expect(html).toContain('href="/berattelser/sara-fran-soffan-till-vaxthuset"');
    expect(html).toContain('href="/sa-fungerar-valfardssystemet/sjukskriven-utan-anstallning"');
    const service = jsonLd(html).find((j) => j['@type'] === 'Service');
    expect(service?.name).toBe('Jonsbo – grön rehabilitering');
    expect(textOf(page('/vagval/jonsbo/lattlast'))).toContain('Jonsbo är ett gammalt torp på landet.');
  });

  it('an insats with only the required fields renders with no empty headings', () => {
    for (const slug of ['kom-igang-tingsryd', 'motesplats-lekeberg', 'halsopromenad-heby']) {
      const html = page(`/vagval/${slug}`);
      expect(emptyHeadings(html), slug).toEqual([]);
      expect(html, slug).not.toMatch(/<(ul|ol|dl)[^>]*>\s*<\/\1>/);
      expect(html, slug).not.toContain('>Kontakt</h2>');
    }
    for (const [p, html] of pages) expect(emptyHeadings(html), p).toEqual([]);
  });

  it('a chain page lists its steps in an ordered list, groups parallel steps and labels a gap in words', () => {
    const kedja = site.collections.kedjor.find((k) => k.data.slug === 'sjukskriven-utan-anstallning');
    const html = page('/sa-fungerar-valfardssystemet/sjukskriven-utan-anstallning');
    const ol = /<ol class="chain">([\s\S]*?)<\/ol>\s*<section/.exec(html)?.[1] ?? '';
    for (const step of kedja?.data.steg ?? []) expect(textOf(ol)).toContain(step.rubrik);
    expect(html).toContain('pågår samtidigt');
    expect(html).toContain('Glapp: här tar ingen aktör dig vidare');
    expect(page('/sa-fungerar-valfardssystemet/arbetslos-lange')).toContain('Slutet: arbete eller studier');
    expect(textOf(page('/sa-fungerar-valfardssystemet'))).toContain('Slutar i ett glapp');
  });

  it('FAQ: grouped by topic, an id per question and FAQPage structured data', () => {
    const html = page('/vanliga-fragor');
    for (const f of site.collections.fragor) expect(html, f.data.slug).toContain(`id="${f.data.slug}"`);
    for (const g of site.fragorByAmne()) expect(html).toContain(`<h2 id="${g.amne.data.slug}">`);
    const faq = jsonLd(html).find((j) => j['@type'] === 'FAQPage') as
      | { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }
      | undefined;
    expect(faq?.mainEntity).toHaveLength(site.collections.fragor.length);
    expect(faq?.mainEntity[0]?.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  it('FAQ: Ställ en fråga comes after every topic, as an h2, and the topics panel links to it', () => {
    const html = page('/vanliga-fragor');
    const form = html.indexOf('<h2 id="stall-en-fraga"');
    expect(form).toBeGreaterThan(0);
    for (const g of site.fragorByAmne()) expect(html.indexOf(`<h2 id="${g.amne.data.slug}">`), g.amne.data.slug).toBeLessThan(form);
    const panel = /<nav aria-labelledby="amnen-rubrik"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(panel).toContain('<a href="#stall-en-fraga">Hittar du inte svaret? Ställ en fråga</a>');
    expect(html).toContain('<input type="hidden" name="typ" value="fraga">');
    expect(html).toContain('<input type="hidden" name="sida" value="/vanliga-fragor">');
  });

  it('stories, actors, glossary and the accessibility statement render their data', () => {
    const story = site.collections.berattelser[0];
    if (!story) throw new Error('no story');
    expect(textOf(page(`/berattelser/${story.data.slug}`))).toContain(story.data.ingress);
    expect(textOf(page('/aktorer/forsakringskassan'))).toContain('Det här kan Försäkringskassan inte göra');
    const begrepp = page('/begrepp');
    for (const b of site.collections.begrepp) expect(begrepp).toContain(`<dt id="${b.data.slug}">`);
    const statement = page('/tillganglighetsredogorelse');
    expect(statement).toMatch(/<section id="rapportera"/);
    expect(statement).toContain('href="mailto:tillganglighet@example.se"');
  });

  it('a förbund page names its kommuner and members and lists its insatser by kind of support; the overview covers every förbund', () => {
    const scö = site.collections.forbund.find((f) => f.data.slug === 'centrala-ostergotland');
    if (!scö) throw new Error('no förbund');
    const text = textOf(page('/samordningsforbund/centrala-ostergotland'));
    for (const k of site.resolveAll('kommuner', scö.data.kommuner)) expect(text).toContain(k.data.namn);
    for (const m of site.resolveAll('organisationer', scö.data.medlemmar)) expect(text).toContain(m.data.namn);
    const own = site.collections.insatser.filter((i) => i.data.forbund?.documentId === scö.data.documentId);
    expect(own.length).toBeGreaterThan(0);
    for (const i of own) expect(page('/samordningsforbund/centrala-ostergotland')).toContain(`href="/vagval/${i.data.slug}"`);
    expect(text).toContain(`Insatser ${own.length}`);
    const overview = page('/samordningsforbund');
    for (const f of site.collections.forbund) expect(overview).toContain(`href="/samordningsforbund/${f.data.slug}"`);
    expect(overview).toMatch(/<caption id="forbund-tabell">/);
    // The county map is an image with a text alternative, and its figures are also a table.
    expect(overview).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="lan-karta-titel lan-karta-text"/);
    expect(overview.match(/class="lan lan--/g)).toHaveLength(21);
    expect(textOf(overview)).toContain('Uppsala län 8 8');
  });

  it('glossary terms in body text link to their explanation, at most once per term and page', () => {
    const html = page('/vagval/jonsbo');
    const termLinks = [...html.matchAll(/class="begrepp-lank" href="\/begrepp#([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(termLinks.length).toBeGreaterThan(0);
    expect(new Set(termLinks).size).toBe(termLinks.length);
  });

  it('Vägval filters are pre-rendered pages linked from the list, not a form', () => {
    const list = page('/vagval');
    expect(list.match(/<form/g)).toHaveLength(1); // only the site search in the header
    expect(list).toContain('href="/vagval/kommun/linkoping"');
    expect(list).toContain('href="/vagval/lediga-platser"');
    expect(page('/vagval/kommun/linkoping')).toContain('href="/vagval/jonsbo"');
    expect(page('/vagval/kommun/tingsryd')).not.toContain('href="/vagval/jonsbo"');
    const lediga = page('/vagval/lediga-platser');
    expect(lediga).not.toContain('href="/vagval/jonsbo"'); // queue, no free places
    expect(lediga).toContain('href="/vagval/arbetsmarknadscentrum-atvidaberg"');
  });

  it('has no broken internal links: the only missing targets are the pages other issues build', () => {
    const missing = new Set<string>();
    const badFragments: string[] = [];
    for (const [p, html] of pages) {
      // Links and form targets (the header search posts to /sok) both count.
      const formTargets = [...html.matchAll(/<form[^>]*action="([^"]*)"/g)].map((m) => ({ href: m[1] ?? '' }));
      for (const { href } of [...links(html), ...formTargets]) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const [pathPart = '', fragment] = href.split('#');
        const target = pathPart.split('?')[0] ?? '';
        if (!targetExists(outDir, target)) {
          missing.add(target);
          continue;
        }
        if (fragment) {
          const targetHtml = pages.get(target.replace(/\/$/, '') || '/');
          if (targetHtml && !targetHtml.includes(`id="${fragment}"`)) badFragments.push(`${p} → ${href}`);
        }
      }
    }
    expect([...missing].sort()).toEqual(NOT_YET_BUILT);
    expect(badFragments).toEqual([]);
  });

  it('no vague link text ("läs mer", "klicka här" …)', () => {
    const vague: string[] = [];
    for (const [p, html] of pages) {
      for (const { href, text } of links(html)) {
        if (text === '' || VAGUE.includes(text.toLocaleLowerCase('sv').replace(/[.:!…]+$/, ''))) vague.push(`${p}: "${text}" → ${href}`);
      }
    }
    expect(vague).toEqual([]);
  });

  it('ships no framework JS: the only scripts are Lyssna’s and, on insats pages, Min lista’s save button, under 3 KB gzip a page', () => {
    const scripts = new Set<string>();
    /** Each script by what it is for: Lyssna's check and enhancement, Min lista's check and button. */
    const kind = (code: string) =>
      code.includes('speechSynthesis')
        ? 'lyssna'
        : code.includes('data-min-lista-knapp') || code.includes('dataset.minLista')
          ? 'min-lista'
          : 'okänt';
    for (const [p, html] of pages) {
      if (p === '/hitta-ratt') continue; // the guide island: its budget is checked in guide-page.test.ts
      if (p === '/sok') continue; // the search script: checked in search.test.ts
      if (p in FORM_SCRIPT_BUDGET) continue; // the forms' own scripts: budgets below
      if (p === MIN_LISTA_PATH) continue; // Min lista's own script: its budget below
      expect(html, p).not.toMatch(/<script[^>]*src="[^"]*client[^"]*"/);
      expect(html, p).not.toContain('astro-island');
      const isInsats = /^\/vagval\/[^/]+$/.test(p) && html.includes('data-min-lista-knapp');
      let total = 0;
      for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
        const code = src ? fs.readFileSync(path.join(outDir, src), 'utf8') : (m[2] ?? '');
        const k = kind(code);
        expect(k === 'lyssna' || (k === 'min-lista' && isInsats), `${p}: unexpected script (${k})`).toBe(true);
        scripts.add(code);
        total += src ? moduleGzip(outDir, src) : gzipSync(code).length;
      }
      expect(total, `${p}: ${total} B gzip`).toBeLessThan(3 * 1024);
      // Lyssna on every page (issue 18).
      expect(html, p).toContain('data-lyssna');
    }
    expect([...scripts].map(kind).sort()).toEqual(['lyssna', 'lyssna', 'min-lista', 'min-lista']);
    expect(page('/vagval/jonsbo')).toMatch(/<div class="lyssna" role="group" aria-label="Lyssna på sidan" data-lyssna data-lyssna-skip>/);
  });

  it('Min lista: the save button on every insats page, drawn only by its script; /min-lista has its own small script and says it needs JavaScript', () => {
    for (const [p, html] of pages) {
      if (!/^\/vagval\/[^/]+$/.test(p) || !html.includes('<article class="insats">')) continue;
      expect(html, p).toMatch(
        /<script>try\{if\(window\.localStorage\)document\.documentElement\.dataset\.minLista='ja'\}catch\(e\)\{\}<\/script>\s*<div class="min-lista-spara min-lista-spara--sida" data-min-lista-knapp data-slug="[a-z0-9-]+"/,
      );
      expect(html, p).toMatch(/<button type="button" class="min-lista-spara__knapp" aria-pressed="false">/);
    }
    const html = page(MIN_LISTA_PATH);
    expect(isNoindex(html)).toBe(true);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toMatch(/<p class="panel panel--warn min-lista-utan-js">\s*Min lista behöver JavaScript/);
    expect(html).toContain('Listan sparas bara i den här webbläsaren');
    let total = 0;
    for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
      total += src ? moduleGzip(outDir, src) : gzipSync(m[2] ?? '').length;
    }
    expect(total, `${MIN_LISTA_PATH}: ${total} B gzip`).toBeLessThan(MIN_LISTA_SCRIPT_BUDGET);
    const cards = JSON.parse(fs.readFileSync(path.join(outDir, 'min-lista', 'insatser.json'), 'utf8')) as {
      v: number;
      c: Record<string, { n: string; p: string; v: string[] }>;
    };
    expect(cards.v).toBe(1);
    expect(Object.keys(cards.c).sort()).toEqual(site.collections.insatser.map((i) => i.data.slug).sort());
    expect(cards.c.jonsbo?.p).toBe('/vagval/jonsbo');
    expect(cards.c.jonsbo?.v.length).toBeGreaterThan(0);
  });

  it('form pages carry only their own small script (the forms work without it)', () => {
    for (const [p, budget] of Object.entries(FORM_SCRIPT_BUDGET)) {
      const html = page(p);
      expect(html, p).not.toContain('astro-island');
      let total = 0;
      for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
        total += gzipSync(src ? fs.readFileSync(path.join(outDir, src), 'utf8') : (m[2] ?? '')).length;
      }
      expect(total, `${p}: ${total} B gzip`).toBeLessThan(budget);
    }
  });

  it('only content pages are indexed for search (data-pagefind-body)', () => {
    for (const [p, html] of pages) {
      expect(html.includes('data-pagefind-body'), p).toBe(isContentPage(p) && !p.endsWith('/lattlast'));
    }
  });

  it('sitemap.xml lists every page and robots.txt points to it', () => {
    const sitemap = fs.readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>http:\/\/localhost:4321([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    const built = [...pages.entries()]
      .filter(([, html]) => !isNoindex(html))
      .map(([p]) => p)
      .sort();
    expect(locs).toEqual(built);
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
  });
});
