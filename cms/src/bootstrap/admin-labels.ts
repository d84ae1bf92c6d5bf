import type { Core } from '@strapi/strapi';
import { type Labels, loadLabels } from './labels-store';

interface Metadata {
  edit?: { label?: string; description?: string; mainField?: string; editable?: boolean; [k: string]: unknown };
  list?: { label?: string; sortable?: boolean; searchable?: boolean; mainField?: string; [k: string]: unknown };
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown };
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/**
 * The insats list shows review dates and sorts oldest-reviewed first, so stale texts surface.
 * Three columns besides Strapi's publishing status, so that one fits at 1280 px (the operating
 * status is a filter, and the list would show its stored code).
 */
const LIST_LAYOUTS: Record<string, { list: string[]; sortBy: string; order: 'ASC' | 'DESC' }> = {
  'api::insats.insats': { list: ['namn', 'organisation', 'senastGranskad'], sortBy: 'senastGranskad', order: 'ASC' },
};

type Attribute = { type: string; target?: string; component?: string };
type Schema = { attributes: Record<string, Attribute> };

/** The fields that name an entry, in order of preference: its title in lists, pickers and collapsed items. */
const TITLE_FIELDS = ['namn', 'titel', 'term', 'fraga', 'rubrik', 'ord', 'text', 'roll', 'problem', 'metod', 'forklaring', 'beskrivning'];
const TITLE_TYPES = new Set(['string', 'text', 'email', 'uid']);

/** Where the first title field is not the right one (or there is none): a rule is headed by where it leads. */
const MAIN_FIELD_OVERRIDES: Record<string, string> = {
  'guide.regel': 'rubrik',
  'api::inlamningsnyckel.inlamningsnyckel': 'titel',
  'api::forslag.forslag': 'avsandareNamn',
  'api::aterkoppling.aterkoppling': 'sida',
  'api::platsandring.platsandring': 'vem',
  'tillganglighet.tillsyn': 'url',
};

/** Fields nobody types into: set by code only (the server refuses the write anyway, see access/intake-writes.ts). */
const READ_ONLY_FIELDS: Record<string, string[]> = {
  'api::inlamningsnyckel.inlamningsnyckel': ['titel', 'organisation', 'nyckelHash', 'prefix', 'aktiv', 'skapad', 'aterkallad'],
  'guide.regel': ['rubrik'],
  // Stamped when lediga or kö change (lediga-platser/stamp-date.ts): a typed date could make an old figure look current.
  'insats.platser': ['uppdaterad'],
};

/**
 * How to give a date, said under every date field: typed (Tab or Enter takes it, see
 * admin/datumfalt) or picked in the calendar.
 */
export const DATE_HINT = 'Skriv datumet som 2026-10-07, eller välj det i kalendern.';

/** The field that titles entries of a content type or component in the admin, or undefined when none fits. */
export function mainFieldOf(uid: string, schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  const override = MAIN_FIELD_OVERRIDES[uid];
  if (override && schema.attributes[override]) return override;
  return TITLE_FIELDS.find((f) => TITLE_TYPES.has(schema.attributes[f]?.type ?? ''));
}

/**
 * Titles entries by name: the type's own main field, and for each relation field the target's,
 * so a picker lists (and searches) "Kinda", not "0513" or an id.
 */
function applyTitles(uid: string, config: Configuration, schema: Schema, schemaOf: (uid: string) => Schema | undefined): Configuration {
  const mainField = mainFieldOf(uid, schema);
  const metadatas = { ...config.metadatas };
  for (const [field, attr] of Object.entries(schema.attributes)) {
    const current = metadatas[field];
    if (!current) continue;
    if (attr.type === 'relation' && attr.target) {
      const target = mainFieldOf(attr.target, schemaOf(attr.target));
      if (target)
        metadatas[field] = { ...current, edit: { ...current.edit, mainField: target }, list: { ...current.list, mainField: target } };
    }
    if (attr.type === 'date') {
      const meta = metadatas[field] ?? current;
      const description = meta.edit?.description ?? '';
      if (!description.includes(DATE_HINT))
        metadatas[field] = { ...meta, edit: { ...meta.edit, description: `${description} ${DATE_HINT}`.trim() } };
    }
    if (READ_ONLY_FIELDS[uid]?.includes(field)) {
      const meta = metadatas[field] ?? current;
      metadatas[field] = { ...meta, edit: { ...meta.edit, editable: false } };
    }
  }
  return { ...config, settings: { ...config.settings, ...(mainField ? { mainField } : {}) }, metadatas };
}

function applyLabels(config: Configuration, labels: Labels): Configuration {
  const metadatas = { ...config.metadatas };
  for (const [field, text] of Object.entries(labels)) {
    const current = metadatas[field];
    if (!current) continue;
    metadatas[field] = {
      ...current,
      edit: {
        ...current.edit,
        ...(text.label ? { label: text.label } : {}),
        ...(text.description ? { description: text.description } : {}),
      },
      list: { ...current.list, ...(text.listLabel || text.label ? { label: text.listLabel ?? text.label } : {}) },
    };
  }
  return { ...config, metadatas };
}

/**
 * Puts the Swedish field labels and help texts (cms/src/labels/*.sv.json) into the
 * admin's edit and list views. Runs at every start, so the repository is the truth.
 */
export async function applyAdminLabels(strapi: Core.Strapi, labelsDir: string): Promise<void> {
  const cm = strapi.plugin('content-manager');
  const contentTypes = cm.service('content-types') as ConfigurationService;
  const components = cm.service('components') as ConfigurationService;
  const schemaOf = (uid: string): Schema | undefined =>
    (uid.includes('::')
      ? strapi.contentTypes[uid as keyof typeof strapi.contentTypes]
      : strapi.components[uid as keyof typeof strapi.components]) as Schema | undefined;
  for (const [uid, labels] of loadLabels(labelsDir)) {
    const isComponent = !uid.startsWith('api::');
    const service = isComponent ? components : contentTypes;
    if (
      isComponent
        ? !strapi.components[uid as keyof typeof strapi.components]
        : !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]
    ) {
      throw new Error(`cms/src/labels: ${uid} finns inte i CMS:et — byt namn på etikettfilen eller ta bort den.`);
    }
    let config = applyTitles(uid, applyLabels(await service.findConfiguration({ uid }), labels), schemaOf(uid) as Schema, schemaOf);
    const layout = LIST_LAYOUTS[uid];
    if (layout) {
      const sortable = config.metadatas[layout.sortBy];
      config = {
        ...config,
        settings: { ...config.settings, defaultSortBy: layout.sortBy, defaultSortOrder: layout.order },
        layouts: { ...config.layouts, list: layout.list },
        metadatas: { ...config.metadatas, [layout.sortBy]: { ...sortable, list: { ...sortable?.list, sortable: true } } },
      };
    }
    await service.updateConfiguration({ uid }, config);
  }
}
