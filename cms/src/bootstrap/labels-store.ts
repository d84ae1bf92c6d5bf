import fs from 'node:fs';
import path from 'node:path';

/** `listLabel`: a shorter column header for the list view, where the edit view's label would take the width. */
export type Labels = Record<string, { label?: string; listLabel?: string; description?: string }>;

/** Swedish labels by uid (content type `api::x.x` or component `cat.name`), read once from cms/src/labels. */
const store = new Map<string, Labels>();

/** Reads every cms/src/labels/*.sv.json file; returns the labels by uid. */
export function loadLabels(labelsDir: string): Map<string, Labels> {
  store.clear();
  for (const file of fs.readdirSync(labelsDir).filter((f) => f.endsWith('.sv.json'))) {
    const [kind, ...rest] = file.replace(/\.sv\.json$/, '').split('.');
    const uid = kind === 'api' ? `api::${rest.join('.')}` : rest.join('.');
    store.set(uid, JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8')) as Labels);
  }
  return store;
}

/** The admin label of a field, or its name when it has none. */
export function fieldLabel(uid: string, field: string | number | undefined): string {
  return typeof field === 'string' ? (store.get(uid)?.[field]?.label ?? field) : String(field ?? '');
}
