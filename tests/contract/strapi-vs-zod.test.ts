import path from 'node:path';
import {
  COMPONENT_SCHEMAS,
  CONTENT_TYPE_SCHEMAS,
  objectShape,
  POPULATE,
  type PopulateEntry,
  type PopulateSpec,
  STRAPI_SYSTEM_FIELDS,
} from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareFields, publicFieldNames, readStrapiModels, type StrapiAttribute, type StrapiModel } from './strapi-model.ts';

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
  /** Attributes the REST API leaves out unless populated: relations, components and media. */
  const mustPopulate = (attributes: Record<string, StrapiAttribute>) =>
    Object.entries(attributes)
      .filter(([, a]) => !a.private && ['relation', 'component', 'media'].includes(a.type))
      .map(([n]) => n)
      .sort();
  const nestedSpec = (entry: PopulateEntry | undefined): Record<string, PopulateEntry> =>
    typeof entry === 'object' && 'populate' in entry ? entry.populate : {};

  /**
   * What a component's populate entry misses or has too much of, down through nested
   * components (a question's options inside the question): `true` populates only the
   * component's own scalar fields, so a component with relations or components inside
   * needs `{ populate: { … } }` naming each of them.
   */
  function componentPopulateProblems(where: string, componentUid: string | undefined, entry: PopulateEntry | undefined): string[] {
    const attributes = models.components.find((c) => c.uid === componentUid)?.attributes ?? {};
    const wanted = mustPopulate(attributes);
    const given = Object.keys(nestedSpec(entry)).sort();
    const problems = [
      ...wanted.filter((n) => !given.includes(n)).map((n) => `${where}.${n} populeras inte`),
      ...given.filter((n) => !wanted.includes(n)).map((n) => `${where}.${n} populeras men är ingen relation, komponent eller media`),
    ];
    for (const [name, attr] of Object.entries(attributes)) {
      if (attr.type === 'component' && given.includes(name))
        problems.push(...componentPopulateProblems(`${where}.${name}`, attr.component, nestedSpec(entry)[name]));
    }
    return problems;
  }

  function populateProblems(uid: string, model: StrapiModel, spec: PopulateSpec): string[] {
    const problems: string[] = [];
    const wanted = mustPopulate(model.attributes);
    for (const n of wanted) if (!(n in spec)) problems.push(`${uid}.${n} populeras inte`);
    for (const n of Object.keys(spec))
      if (!wanted.includes(n)) problems.push(`${uid}.${n} populeras men är ingen relation, komponent eller media`);
    for (const [name, attr] of Object.entries(model.attributes)) {
      if (attr.type === 'component') problems.push(...componentPopulateProblems(`${uid}.${name}`, attr.component, spec[name]));
    }
    return problems;
  }

  it.each(models.contentTypes.map((m) => [m.uid, m] as [string, StrapiModel]))(
    '%s populates every relation, component and media field, nested components included',
    (uid, model) => {
      expect(populateProblems(uid, model, POPULATE[uid as keyof typeof POPULATE] as PopulateSpec)).toEqual([]);
    },
  );

  it('notices a component inside a component that is not populated', () => {
    const uid = 'api::hitta-ratt.hitta-ratt';
    const model = models.contentTypes.find((m) => m.uid === uid);
    expect(model).toBeDefined();
    expect(populateProblems(uid, model as StrapiModel, { fragor: true, regler: true, utfall: true })).toEqual([
      'api::hitta-ratt.hitta-ratt.fragor.alternativ populeras inte',
    ]);
    expect(populateProblems(uid, model as StrapiModel, { fragor: { populate: { alternativ: true } }, regler: true })).toEqual([
      'api::hitta-ratt.hitta-ratt.utfall populeras inte',
    ]);
  });
});
