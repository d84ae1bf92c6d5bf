import path from 'node:path';
import {
  COMPONENT_SCHEMAS,
  CONTENT_TYPE_SCHEMAS,
  CONTENT_TYPES,
  objectShape,
  POPULATE,
  type PopulateEntry,
  type PopulateSpec,
  STRAPI_SYSTEM_FIELDS,
} from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { constraintProblems } from './constraints.ts';
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

describe('contract: what each field accepts, in schema.json and zod', () => {
  /** Rules zod states in a refinement, which the field's shape cannot show; each with its reason. */
  const STATED_ELSEWHERE: Record<string, string> = {
    'api::berattelse.berattelse.samtyckeDatum':
      'nullable in the shape because drafts may lack it; a published story without it is refused by the schema refinement',
  };
  const problemsOf = (uid: string, model: StrapiModel, schema: z.ZodType) => {
    const shape = objectShape(schema);
    return Object.entries(model.attributes).flatMap(([name, attribute]) =>
      attribute.private || !shape[name] || STATED_ELSEWHERE[`${uid}.${name}`]
        ? []
        : constraintProblems(`${uid}.${name}`, attribute, shape[name] as z.ZodType),
    );
  };
  const schemaOf = (uid: string) =>
    (CONTENT_TYPE_SCHEMAS as Record<string, z.ZodType>)[uid] ?? (COMPONENT_SCHEMAS as Record<string, z.ZodType>)[uid];

  it.each([...models.contentTypes, ...models.components].map((m) => [m.uid, m] as [string, StrapiModel]))(
    '%s: required, lengths, bounds and enum values agree',
    (uid, model) => {
      expect(problemsOf(uid, model, schemaOf(uid) as z.ZodType)).toEqual([]);
    },
  );

  it('notices a limit, a bound, an enum value or "required" changed on one side only', () => {
    const insats = models.contentTypes.find((m) => m.uid === 'api::insats.insats') as StrapiModel;
    const changed: StrapiModel = {
      ...insats,
      attributes: {
        ...insats.attributes,
        namn: { ...insats.attributes.namn, maxLength: 150 } as StrapiModel['attributes'][string],
        granskningsintervallManader: { ...insats.attributes.granskningsintervallManader, max: 48 } as StrapiModel['attributes'][string],
        stodform: { ...insats.attributes.stodform, enum: ['praktik', 'studier'] } as StrapiModel['attributes'][string],
        kostnad: { ...insats.attributes.kostnad, required: true } as StrapiModel['attributes'][string],
      },
    };
    expect(problemsOf('api::insats.insats', changed, schemaOf('api::insats.insats') as z.ZodType)).toEqual([
      'api::insats.insats.namn: största längd är 150 i schema.json men 120 i zod',
      'api::insats.insats.stodform: tillåtna värden är praktik, studier i schema.json men arbetstraning, friskvard, halsa, praktik, samordning, sprak, studier, vagledning i zod',
      'api::insats.insats.kostnad: obligatoriskt är ja i schema.json men nej i zod',
      'api::insats.insats.kostnad: minsta längd är 1 i schema.json men undefined i zod',
      'api::insats.insats.granskningsintervallManader: största värde är 48 i schema.json men 36 i zod',
    ]);
  });
});

describe('contract: the registry ↔ Strapi content model', () => {
  const modelOf = (uid: string) => models.contentTypes.find((m) => m.uid === uid) as StrapiModel;

  it('lists each type after every type it links to, so seed and pull can go in its order', () => {
    const order = CONTENT_TYPES.map((t) => t.uid as string);
    const late = CONTENT_TYPES.flatMap((type) =>
      Object.entries(modelOf(type.uid).attributes)
        .filter(([, a]) => a.type === 'relation' && a.target?.startsWith('api::') && a.target !== type.uid && !a.private)
        .filter(([, a]) => order.indexOf(a.target as string) > order.indexOf(type.uid))
        .map(([name, a]) => `${type.uid}.${name} → ${a.target}`),
    );
    expect(late).toEqual([]);
  });

  it('renders exactly the rich-text (blocks) attributes of each type that the site is built from', () => {
    for (const type of CONTENT_TYPES) {
      const blocks = Object.entries(modelOf(type.uid).attributes)
        .filter(([, a]) => a.type === 'blocks')
        .map(([n]) => n);
      expect([...type.richText].sort(), type.uid).toEqual(blocks.sort());
    }
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
