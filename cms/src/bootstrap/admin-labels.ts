import type { Core } from '@strapi/strapi';
import { type Labels, loadLabels } from './labels-store';

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
