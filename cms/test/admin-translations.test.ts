/**
 * The admin in one language: what Strapi's own Swedish lacks is in cms/src/admin/translations, and
 * every enumeration value has a Swedish name (the admin's select shows a translation whose id is the
 * stored value). Checked against the installed Strapi's English, so an upgrade that adds text an
 * editor sees shows up here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALDERSGRUPP_ETIKETT, DRIFTSTATUS_ETIKETT, GUIDE_MAL_ETIKETT, STODFORM_ETIKETT, VAG_IN_ETIKETT } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { SWEDISH } from '../src/admin/translations/index.ts';
import { OPTION_LABELS } from '../src/admin/translations/options.ts';
import { PLUGINS_SV } from '../src/admin/translations/plugins-sv.ts';
import { STRAPI_SV } from '../src/admin/translations/strapi-sv.ts';

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const requireFromStrapi = createRequire(requireFromCms.resolve('@strapi/strapi/package.json'));

type Messages = Record<string, string>;
async function messages(packageJson: string, dir: string, locale: string, prefix = ''): Promise<Messages> {
  const file = path.join(path.dirname(packageJson), dir, `${locale}.json.mjs`);
  // A plugin without the locale gets none (the admin then shows its English): only English must exist.
  if (locale !== 'en' && !fs.existsSync(file)) return {};
  const data = ((await import(pathToFileURL(file).href)) as { default: Messages }).default;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [prefix + k, v]));
}
const ADMIN = requireFromStrapi.resolve('@strapi/admin/package.json');
const CONTENT_MANAGER = requireFromCms.resolve('@strapi/content-manager/package.json');
const I18N = requireFromStrapi.resolve('@strapi/i18n/package.json');
/**
 * The plugins whose every text an editor may meet, by the prefix the admin puts before their ids
 * (each plugin's registerTrads prefixes its messages with its plugin id). All come with @strapi/strapi.
 */
const PLUGINS: Record<string, string> = {
  'content-manager.': CONTENT_MANAGER,
  'upload.': requireFromStrapi.resolve('@strapi/upload/package.json'),
  'review-workflows.': requireFromStrapi.resolve('@strapi/review-workflows/package.json'),
  'content-releases.': requireFromStrapi.resolve('@strapi/content-releases/package.json'),
  'i18n.': I18N,
};
const pluginMessages = async (locale: string) =>
  Object.assign(
    {},
    ...(await Promise.all(Object.entries(PLUGINS).map(([prefix, pkg]) => messages(pkg, 'dist/admin/translations', locale, prefix)))),
  ) as Messages;
const english: Messages = {
  ...(await messages(ADMIN, 'dist/admin/admin/src/translations', 'en')),
  ...(await pluginMessages('en')),
};
/**
 * Ids the content manager's code uses with only a `defaultMessage` (no translation file has them,
 * e.g. the menu's "Search"): found in the installed code, with that English.
 */
const defaultMessageOnly: Messages = Object.fromEntries(
  fs
    .globSync('**/*.mjs', { cwd: path.join(path.dirname(CONTENT_MANAGER), 'dist', 'admin') })
    .flatMap((file) => [
      ...fs
        .readFileSync(path.join(path.dirname(CONTENT_MANAGER), 'dist', 'admin', file), 'utf8')
        .matchAll(/id: '([^']+)',\s*defaultMessage: '([^']*)'/g),
    ])
    .map((m): [string, string] => [m[1] ?? '', m[2] ?? ''])
    // An id the code prefixes itself (getTranslation) is in the plugin's file under content-manager.…
    .filter(([id]) => !(id in english) && !id.startsWith('content-manager.') && !(`content-manager.${id}` in english)),
);

/** What an editor reads: Strapi's Swedish, then ours on top (as the admin merges config.translations). */
const swedish: Messages = {
  ...(await messages(ADMIN, 'dist/admin/admin/src/translations', 'sv')),
  ...(await pluginMessages('sv')),
  ...SWEDISH,
};

/** The ICU arguments of a message ({name}, {count, plural, …}): lower-case names in braces (plural branches are text). */
const argumentsOf = (message: string) =>
  [
    ...new Set(
      [...message.matchAll(/\{\s*(\w+)\s*,\s*(?:select|plural)\s*,|(?<!(?:other|one|=\d+|true|false|undefined)\s*)\{(\w+)\}/g)].map(
        (m) => m[1] ?? m[2],
      ),
    ),
  ].sort();

/** Text an editor met in English in the admin (issue 21), by Strapi's id. */
const SEEN_IN_ENGLISH: Record<string, string> = {
  'HomePage.header.title': 'Hello {name}',
  'content-manager.widget.last-edited.title': 'Last edited entries',
  'content-manager.actions.discard.label': 'Discard changes',
  'content-manager.containers.List.modified': 'Modified',
  'content-manager.relation.create': 'Create a relation',
  'content-manager.form.Input.hint.text': 'max. {max}',
  'content-manager.form.Input.hint.character.unit': 'characters',
};

/** Ids whose English is the same in Swedish (a word, a divider, a number and a name; axis letters; "Video"). */
const SAME_IN_SWEDISH = new Set([
  'content-manager.containers.SettingPage.layout',
  'content-manager.form.Input.hint.minMaxDivider',
  'content-manager.widget.chart-entries.tooltip',
  'upload.asset-details.crop.focal-x-axis',
  'upload.asset-details.crop.focal-y-axis',
  'upload.list.filters.type.video',
  'upload.settings.section.video.label',
]);

/** The words of a message, without ICU syntax (argument names, select and plural keywords). */
const wordsOf = (message: string) =>
  message
    .replace(/\{\s*\w+\s*,\s*(select|plural)\s*,/g, '{')
    .replace(/\b(other|one|undefined|true|false)\s*\{/g, '{')
    .replace(/=\d+\s*\{/g, '{')
    .replace(/\{\s*\w+\s*\}/g, ' ');

describe('the admin in Swedish', () => {
  it.each(Object.entries(SEEN_IN_ENGLISH))('%s is no longer English ("%s")', (id, seen) => {
    expect(english[id], 'the id is Strapi’s').toBeDefined();
    expect(swedish[id]).toBeDefined();
    expect(swedish[id]).not.toBe(english[id]);
    for (const word of seen
      .replace(/\{\w+\}/g, '')
      .split(/\W+/)
      .filter((w) => w.length > 2))
      expect(wordsOf(swedish[id] ?? ''), `"${word}" is English`).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
  });

  it.each(Object.keys(PLUGINS))('has Swedish for every %s text an editor meets', (prefix) => {
    const ids = Object.entries(english).filter(([id]) => id.startsWith(prefix) && !SAME_IN_SWEDISH.has(id));
    expect(ids.length).toBeGreaterThan(0);
    const untranslated = ids.filter(([id, text]) => !swedish[id] || swedish[id] === text);
    expect(untranslated.map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('has Swedish for the texts the content manager has only as a default message (the menu’s "Search")', () => {
    expect(defaultMessageOnly['search.placeholder']).toBe('Search');
    const untranslated = Object.entries(defaultMessageOnly).filter(([id, text]) => !swedish[id] || swedish[id] === text);
    expect(untranslated.map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('uses only Strapi’s ids and keeps every placeholder', () => {
    const known = { ...defaultMessageOnly, ...english };
    for (const [id, text] of Object.entries({ ...STRAPI_SV, ...PLUGINS_SV })) {
      expect(known[id], `${id} is not an id in the installed Strapi`).toBeDefined();
      expect(argumentsOf(text), id).toEqual(expect.arrayContaining(argumentsOf(known[id] ?? '')));
    }
  });
});

describe('the select options in Swedish', () => {
  const schemaFiles = [
    ...fs.globSync('src/api/*/content-types/*/schema.json', { cwd: CMS_DIR }),
    ...fs.globSync('src/components/*/*.json', { cwd: CMS_DIR }),
  ];
  const values = new Set<string>();
  for (const file of schemaFiles) {
    const schema = JSON.parse(fs.readFileSync(path.join(CMS_DIR, file), 'utf8')) as {
      attributes: Record<string, { type: string; enum?: string[] }>;
    };
    for (const attr of Object.values(schema.attributes)) if (attr.type === 'enumeration') for (const v of attr.enum ?? []) values.add(v);
  }

  it('names every value of every enumeration field', () => {
    expect(values.size).toBeGreaterThan(50);
    const unnamed = [...values].filter((v) => !OPTION_LABELS[v] || OPTION_LABELS[v] === v);
    expect(unnamed).toEqual([]);
    for (const code of ['arbetstraning', 'anvisning-af', 'remiss-fk', 'svar-ar']) expect(swedish[code]).toMatch(/[A-ZÅÄÖ]/);
  });

  it('names a value as the site does', () => {
    const { 'egen-anmalan': _ownWords, ...vagIn } = VAG_IN_ETIKETT;
    for (const site of [STODFORM_ETIKETT, DRIFTSTATUS_ETIKETT, ALDERSGRUPP_ETIKETT, GUIDE_MAL_ETIKETT, vagIn])
      for (const [value, label] of Object.entries(site)) expect(OPTION_LABELS[value], value).toBe(label);
  });

  it('does not hide an admin text behind an option value', () => {
    expect(Object.keys(OPTION_LABELS).filter((v) => v in english)).toEqual([]);
  });
});
