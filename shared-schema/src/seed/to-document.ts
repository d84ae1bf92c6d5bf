import { type SeedParagraph, toBlocks } from './to-blocks.ts';

/** The part of a Strapi attribute definition the converter needs. */
export interface AttributeInfo {
  type: string;
  target?: string;
  relation?: string;
  component?: string;
  repeatable?: boolean;
}
export type AttributeMap = Record<string, AttributeInfo>;

export interface ConvertContext {
  /** Attributes of a component by uid (e.g. "shared.punkt"). */
  componentAttributes: (uid: string) => AttributeMap;
  /** documentId of the entry of `targetUid` that the seed key (slug, or kod for kommuner) names. */
  resolve: (targetUid: string, key: string) => string | undefined;
  /** Where we are, for error messages: `insatser.json "jonsbo"`. */
  where: string;
}

/** Thrown when a seed file does not fit the content model; names the file, entry and field. */
export class SeedDataError extends Error {
  override name = 'SeedDataError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns one reviewable seed record into document-service data, driven by the
 * content type's own attribute definitions: blocks from paragraph lists, list
 * components from string lists, relations from slugs. A key the content type
 * does not have is an error, so the data files and schema.json cannot drift apart.
 */
export function toDocumentData(
  record: Record<string, unknown>,
  attributes: AttributeMap,
  ctx: ConvertContext,
  path = '',
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = `${path}${key}`;
    const attr = attributes[key];
    if (!attr) throw new SeedDataError(`${ctx.where}: fältet "${field}" finns inte i innehållstypen — rätta datafilen eller schema.json.`);
    if (value === null || value === undefined) {
      data[key] = null;
      continue;
    }
    data[key] = convertValue(value, attr, ctx, field);
  }
  return data;
}

function convertValue(value: unknown, attr: AttributeInfo, ctx: ConvertContext, field: string): unknown {
  switch (attr.type) {
    case 'blocks':
      if (!Array.isArray(value)) throw new SeedDataError(`${ctx.where}: "${field}" ska vara en lista med stycken.`);
      return toBlocks(value as SeedParagraph[]);
    case 'relation': {
      const target = attr.target ?? '';
      const one = (key: unknown) => {
        const documentId = typeof key === 'string' ? ctx.resolve(target, key) : undefined;
        if (!documentId) throw new SeedDataError(`${ctx.where}: "${field}" pekar på "${String(key)}", som inte finns bland ${target}.`);
        return documentId;
      };
      return Array.isArray(value) ? value.map(one) : one(value);
    }
    case 'component': {
      const uid = attr.component ?? '';
      const attrs = ctx.componentAttributes(uid);
      const item = (v: unknown, i?: number) => {
        const at = i === undefined ? field : `${field}[${i}]`;
        // Lists of plain strings (krav, steg, aktiviteter…) are stored as one-field components.
        if (typeof v === 'string' && 'text' in attrs) return { text: v };
        if (!isRecord(v)) throw new SeedDataError(`${ctx.where}: "${at}" ska vara ett objekt (komponenten ${uid}).`);
        return toDocumentData(v, attrs, ctx, `${at}.`);
      };
      if (attr.repeatable) {
        if (!Array.isArray(value)) throw new SeedDataError(`${ctx.where}: "${field}" ska vara en lista.`);
        return value.map((v, i) => item(v, i));
      }
      return item(value);
    }
    default:
      return value;
  }
}
