import path from 'node:path';
import { COMPONENT_SCHEMAS, CONTENT_TYPE_SCHEMAS, objectShape, POPULATE, type PopulateSpec, STRAPI_SYSTEM_FIELDS } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareFields, publicFieldNames, readStrapiModels, type StrapiModel } from './strapi-model.ts';

const models = readStrapiModels(path.resolve(import.meta.dirname, '..', '..', 'cms', 'src'));

const zodKeys = (schema: z.ZodType) => Object.keys(objectShape(schema));

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

describe('contract: populate specs ↔ Strapi content model', () => {
  const componentRelations = (uid: string | undefined) =>
    Object.entries(models.components.find((c) => c.uid === uid)?.attributes ?? {})
      .filter(([, a]) => a.type === 'relation')
      .map(([n]) => n)
      .sort();

  it.each(models.contentTypes.map((m) => [m.uid, m] as [string, StrapiModel]))(
    '%s populates every relation, component and media field',
    (uid, model) => {
      const spec = POPULATE[uid as keyof typeof POPULATE] as PopulateSpec;
      const needed = Object.entries(model.attributes)
        .filter(([, a]) => !a.private && ['relation', 'component', 'media'].includes(a.type))
        .map(([n]) => n)
        .sort();
      expect(Object.keys(spec).sort()).toEqual(needed);
      for (const [name, attr] of Object.entries(model.attributes)) {
        if (attr.type !== 'component') continue;
        const nested = spec[name];
        const wanted = componentRelations(attr.component);
        expect(
          nested === true ? [] : Object.keys('populate' in (nested ?? {}) ? (nested as { populate: object }).populate : {}).sort(),
          `${uid}.${name}`,
        ).toEqual(wanted);
      }
    },
  );
});
