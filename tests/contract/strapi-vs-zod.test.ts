import path from 'node:path';
import { COMPONENT_SCHEMAS, CONTENT_TYPE_SCHEMAS, STRAPI_SYSTEM_FIELDS } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareFields, publicFieldNames, readStrapiModels, type StrapiModel } from './strapi-model.ts';

const models = readStrapiModels(path.resolve(import.meta.dirname, '..', '..', 'cms', 'src'));

/** The object keys of a zod schema, looking through refinements, pipes and defaults. */
function zodKeys(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, unknown>; in?: z.ZodType; innerType?: z.ZodType } }).def;
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'pipe' && def.in) return zodKeys(def.in);
  if (def.innerType) return zodKeys(def.innerType);
  throw new Error(`Kan inte läsa fälten ur ett zod-schema av typen ${def.type}`);
}

const registry = (schemas: Record<string, z.ZodType>, drop: string[]) => (uid: string) => {
  const schema = schemas[uid];
  return schema
    ? zodKeys(schema)
        .filter((k) => !drop.includes(k))
        .sort()
    : undefined;
};
const contentTypeKeys = registry(CONTENT_TYPE_SCHEMAS, STRAPI_SYSTEM_FIELDS);
const componentKeys = registry(COMPONENT_SCHEMAS, ['id']);

describe('contract: Strapi content model ↔ shared-schema', () => {
  it('has a zod schema for every Strapi content type and component, and no orphans', () => {
    expect(models.contentTypes.map((m) => m.uid).sort()).toEqual(Object.keys(CONTENT_TYPE_SCHEMAS).sort());
    expect(models.components.map((m) => m.uid).sort()).toEqual(Object.keys(COMPONENT_SCHEMAS).sort());
  });

  it.each(models.contentTypes.map((m) => [m.uid, m] as [string, StrapiModel]))(
    '%s has the same fields in schema.json and zod',
    (uid, model) => {
      expect(compareFields(uid, publicFieldNames(model), contentTypeKeys(uid) ?? [])).toEqual([]);
    },
  );

  it.each(models.components.map((m) => [m.uid, m] as [string, StrapiModel]))('component %s has the same fields in both', (uid, model) => {
    expect(compareFields(uid, publicFieldNames(model), componentKeys(uid) ?? [])).toEqual([]);
  });

  it('notices a field added to one side only', () => {
    const insats = models.contentTypes.find((m) => m.uid === 'api::insats.insats');
    expect(insats).toBeDefined();
    const withExtra: StrapiModel = { ...(insats as StrapiModel), attributes: { ...insats?.attributes, nyttFalt: { type: 'string' } } };
    expect(compareFields('api::insats.insats', publicFieldNames(withExtra), contentTypeKeys('api::insats.insats') ?? [])).toEqual([
      'api::insats.insats: fältet "nyttFalt" finns i schema.json men inte i zod-schemat',
    ]);
    const zodOnly = [...(contentTypeKeys('api::insats.insats') ?? []), 'bara_i_zod'];
    expect(compareFields('api::insats.insats', publicFieldNames(insats as StrapiModel), zodOnly)).toEqual([
      'api::insats.insats: fältet "bara_i_zod" finns i zod-schemat men inte i schema.json',
    ]);
  });

  it('keeps private fields (links to admin users) out of the public contract', () => {
    const org = models.contentTypes.find((m) => m.uid === 'api::organisation.organisation');
    expect(org?.attributes.skribenter?.private).toBe(true);
    expect(publicFieldNames(org as StrapiModel)).not.toContain('skribenter');
  });
});
