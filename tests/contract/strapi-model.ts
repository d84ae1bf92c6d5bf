import fs from 'node:fs';
import path from 'node:path';

export interface StrapiAttribute {
  type: string;
  private?: boolean;
  target?: string;
  component?: string;
  repeatable?: boolean;
}
export interface StrapiModel {
  uid: string;
  file: string;
  attributes: Record<string, StrapiAttribute>;
}

/** Every content type and component schema.json in cms/src, keyed by Strapi uid. */
export function readStrapiModels(cmsSrc: string): { contentTypes: StrapiModel[]; components: StrapiModel[] } {
  const contentTypes: StrapiModel[] = [];
  const apiDir = path.join(cmsSrc, 'api');
  for (const api of fs.readdirSync(apiDir)) {
    const ctDir = path.join(apiDir, api, 'content-types');
    if (!fs.existsSync(ctDir)) continue;
    for (const ct of fs.readdirSync(ctDir)) {
      const file = path.join(ctDir, ct, 'schema.json');
      const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, StrapiAttribute> };
      contentTypes.push({ uid: `api::${api}.${ct}`, file, attributes: schema.attributes });
    }
  }
  const components: StrapiModel[] = [];
  const compDir = path.join(cmsSrc, 'components');
  for (const category of fs.existsSync(compDir) ? fs.readdirSync(compDir) : []) {
    for (const name of fs.readdirSync(path.join(compDir, category)).filter((f) => f.endsWith('.json') && !f.endsWith('.labels.sv.json'))) {
      const file = path.join(compDir, category, name);
      const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, StrapiAttribute> };
      components.push({ uid: `${category}.${name.replace(/\.json$/, '')}`, file, attributes: schema.attributes });
    }
  }
  return { contentTypes, components };
}

/** Field names the REST API can deliver: private attributes (e.g. links to admin users) never leave the CMS. */
export function publicFieldNames(model: StrapiModel): string[] {
  return Object.entries(model.attributes)
    .filter(([, a]) => !a.private)
    .map(([name]) => name)
    .sort();
}

/** Differences between a Strapi model's public fields and a zod schema's keys, as readable lines. */
export function compareFields(uid: string, strapiFields: string[], zodFields: string[]): string[] {
  const problems: string[] = [];
  for (const f of strapiFields)
    if (!zodFields.includes(f)) problems.push(`${uid}: fältet "${f}" finns i schema.json men inte i zod-schemat`);
  for (const f of zodFields)
    if (!strapiFields.includes(f)) problems.push(`${uid}: fältet "${f}" finns i zod-schemat men inte i schema.json`);
  return problems;
}
