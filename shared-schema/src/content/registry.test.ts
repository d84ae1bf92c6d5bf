import { describe, expect, it } from 'vitest';
import { SNAPSHOT_COLLECTIONS, SNAPSHOT_SINGLES, SNAPSHOT_SOURCES } from '../snapshot.ts';
import { isRichTextSchema } from './content-type.ts';
import { InsatsSchema } from './insats.ts';
import { CONTENT_TYPE_SCHEMAS, CONTENT_TYPES, POPULATE, REST_ENDPOINTS } from './registry.ts';
import { objectShape } from './shape.ts';

const unique = (values: unknown[]) => new Set(values).size === values.length;

describe('the content-type registry', () => {
  it('names each uid, endpoint, snapshot part and seed file once', () => {
    expect(unique(CONTENT_TYPES.map((t) => t.uid))).toBe(true);
    expect(unique(CONTENT_TYPES.map((t) => t.endpoint))).toBe(true);
    expect(unique(CONTENT_TYPES.flatMap((t) => (t.snapshot ? [t.snapshot] : [])))).toBe(true);
    expect(unique(CONTENT_TYPES.flatMap((t) => (t.seed ? [t.seed.file] : [])))).toBe(true);
  });

  it('derives every table from the descriptors', () => {
    for (const type of CONTENT_TYPES) {
      expect(CONTENT_TYPE_SCHEMAS[type.uid]).toBe(type.schema);
      expect(POPULATE[type.uid]).toBe(type.populate);
      expect(REST_ENDPOINTS[type.uid]).toEqual({ endpoint: type.endpoint, kind: type.kind });
    }
    expect(Object.keys(SNAPSHOT_COLLECTIONS)).toEqual(
      CONTENT_TYPES.filter((t) => t.kind === 'collection' && t.snapshot).map((t) => t.snapshot),
    );
    expect(Object.keys(SNAPSHOT_SINGLES)).toEqual(['startsida', 'tillganglighetsredogorelse', 'hittaRatt']);
  });

  it('lists the snapshot parts in pull order, collections first, with their pages', () => {
    expect(SNAPSHOT_SOURCES.map((s) => s.name)).toEqual([
      'kommuner',
      'malgrupper',
      'livssituationer',
      'amnen',
      'aktorer',
      'organisationer',
      'forbund',
      'insatser',
      'kedjor',
      'berattelser',
      'fragor',
      'begrepp',
      'startsida',
      'tillganglighetsredogorelse',
      'hittaRatt',
    ]);
    const page = (name: string, slug: string) => SNAPSHOT_SOURCES.find((s) => s.name === name)?.path?.(slug) ?? null;
    expect(page('insatser', 'jonsbo')).toBe('/vagval/jonsbo');
    expect(page('kedjor', 'sjukskriven')).toBe('/sa-fungerar-valfardssystemet/sjukskriven');
    expect(page('fragor', 'vad-kostar')).toBe('/vanliga-fragor#vad-kostar');
    expect(page('hittaRatt', '')).toBe('/hitta-ratt');
    expect(page('kommuner', 'kinda')).toBeNull();
  });

  it('finds the rich-text fields from the schema, optional and refined ones included', () => {
    expect(CONTENT_TYPES.find((t) => t.uid === 'api::insats.insats')?.richText).toEqual(['beskrivning', 'lattlast']);
    expect(CONTENT_TYPES.find((t) => t.uid === 'api::berattelse.berattelse')?.richText).toEqual(['utgangslage', 'resultat']);
    expect(CONTENT_TYPES.find((t) => t.uid === 'api::kommun.kommun')?.richText).toEqual([]);
    // A list of components or strings is not rich text, even where it is an array.
    const shape = objectShape(InsatsSchema);
    expect(isRichTextSchema(shape.krav as never)).toBe(false);
    expect(isRichTextSchema(shape.sammanfattning as never)).toBe(false);
  });
});
