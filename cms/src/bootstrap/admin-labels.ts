import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Labels = Record<string, { label?: string; description?: string }>;
interface Metadata {
  edit?: { label?: string; description?: string; [k: string]: unknown };
  list?: { label?: string; sortable?: boolean; searchable?: boolean; [k: string]: unknown };
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

/** The insats list shows review dates and sorts oldest-reviewed first, so stale texts surface. */
const LIST_LAYOUTS: Record<string, { list: string[]; sortBy: string; order: 'ASC' | 'DESC' }> = {
  'api::insats.insats': { list: ['namn', 'organisation', 'driftstatus', 'senastGranskad'], sortBy: 'senastGranskad', order: 'ASC' },
};

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
      list: { ...current.list, ...(text.label ? { label: text.label } : {}) },
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
  for (const file of fs.readdirSync(labelsDir).filter((f) => f.endsWith('.sv.json'))) {
    const labels = JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8')) as Labels;
    const [kind, ...rest] = file.replace(/\.sv\.json$/, '').split('.');
    const uid = kind === 'api' ? `api::${rest.join('.')}` : rest.join('.');
    const service = kind === 'api' ? contentTypes : components;
    if (
      kind === 'api'
        ? !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]
        : !strapi.components[uid as keyof typeof strapi.components]
    ) {
      throw new Error(`cms/src/labels/${file}: ${uid} finns inte i CMS:et — byt namn på filen eller ta bort den.`);
    }
    let config = applyLabels(await service.findConfiguration({ uid }), labels);
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
