import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BlocksSchema, blockLinkProblems, CONTENT_TYPE_SCHEMAS, HITTA_RATT_UID, objectShape, POPULATE } from '@vg/shared-schema';
import type { z } from 'zod';
import { fieldLabel } from '../bootstrap/labels-store';
import { guideDraftProblems, nameRules } from './guide-rules';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

type Attributes = Record<string, { type: string }>;
const schemaFor = (uid: string): z.ZodType | undefined => CONTENT_TYPE_SCHEMAS[uid as keyof typeof CONTENT_TYPE_SCHEMAS];
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** One line of the summary: the field's label, then the problem, unless the message already names the field. */
export function problemLine(label: string, message: string): string {
  return message.toLocaleLowerCase('sv').startsWith(label.toLocaleLowerCase('sv')) ? message : `${label}: ${message}`;
}

function toValidationError(uid: string, what: string, problems: FieldProblem[]): errors.ValidationError {
  const lines = problems.map((p) => problemLine(fieldLabel(uid, p.path[0]), p.message));
  return new errors.ValidationError(`${what}:\n${lines.join('\n')}`, {
    errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })),
  });
}

/**
 * Save-time checks on the fields an editor filled in: formats (slug, e-mail, phone,
 * https), rules inside components (hours min ≤ max) and the link allow-list in rich
 * text. Empty fields pass — a draft may be unfinished; publishing checks the rest.
 */
export function fieldProblems(uid: string, attributes: Attributes, data: Record<string, unknown>): FieldProblem[] {
  const schema = schemaFor(uid);
  if (!schema) return [];
  const shape = objectShape(schema);
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(data)) {
    const attr = attributes[field];
    const fieldSchema = shape[field];
    if (!attr || !fieldSchema || isEmpty(value) || attr.type === 'relation' || attr.type === 'media') continue;
    if (attr.type === 'blocks') {
      const parsed = BlocksSchema.safeParse(value);
      if (!parsed.success)
        problems.push({ path: [field], message: 'Texten har ett format som inte stöds — ta bort det senast inklistrade och försök igen.' });
      for (const p of blockLinkProblems(value)) problems.push({ path: [field, ...p.path], message: p.message });
      continue;
    }
    const parsed = fieldSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // An unfinished component part in a draft is fine; a wrong value is not.
        if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) continue;
        problems.push({ path: [field, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
      }
    }
  }
  return problems;
}

/** Publish-time check: the whole entry, relations included, against its shared-schema schema. */
export function entryProblems(uid: string, entry: unknown): FieldProblem[] {
  const schema = schemaFor(uid);
  if (!schema) return [];
  const parsed = schema.safeParse(entry);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

async function slugTaken(strapi: Core.Strapi, uid: string, slug: unknown, documentId: unknown, locale: unknown): Promise<boolean> {
  if (typeof slug !== 'string' || slug === '') return false;
  const where: Record<string, unknown> = { slug };
  if (typeof documentId === 'string') where.documentId = { $ne: documentId };
  if (typeof locale === 'string' && locale !== '*') where.locale = locale;
  const hit = await strapi.db.query(uid as UID.Schema).findOne({ where, select: ['documentId'] });
  return hit !== null;
}

const slugMessage = (slug: string) =>
  `Adressnamnet "${slug}" används redan av en annan post. Välj ett annat, t.ex. genom att lägga till orten.`;

/**
 * Every save and publish of our content goes through here, whether it comes from
 * the admin, the API or a script: invalid content is refused with a Swedish
 * message naming the field, and nothing is written.
 */
export function registerContentValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (!schemaFor(uid)) return next();
    const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as unknown as Attributes;
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };

    if ((context.action === 'create' || context.action === 'update') && params.data) {
      const problems = fieldProblems(uid, attributes, params.data);
      if (uid === HITTA_RATT_UID) {
        problems.push(...guideDraftProblems(params.data));
        nameRules(params.data);
      }
      if ('slug' in attributes && (await slugTaken(strapi, uid, params.data.slug, params.documentId, params.locale))) {
        problems.push({ path: ['slug'], message: slugMessage(String(params.data.slug)) });
      }
      if (problems.length > 0) throw toValidationError(uid, 'Det gick inte att spara', problems);
    }

    // A copy is a new entry: the same checks as create, on the fields it will have (the source's, overridden by the input).
    if (context.action === 'clone' && params.documentId) {
      const data = params.data ?? {};
      const problems = fieldProblems(uid, attributes, data);
      if ('slug' in attributes) {
        const source = (await strapi.db.query(uid as UID.Schema).findOne({
          where: { documentId: params.documentId },
          select: ['slug'],
        })) as { slug?: unknown } | null;
        const slug = data.slug ?? source?.slug;
        if (await slugTaken(strapi, uid, slug, undefined, params.locale))
          problems.push({ path: ['slug'], message: slugMessage(String(slug)) });
      }
      if (problems.length > 0) throw toValidationError(uid, 'Det gick inte att kopiera', problems);
    }

    if (context.action === 'publish' && params.documentId) {
      const docs = strapi.documents(uid as UID.ContentType) as unknown as {
        findMany: (p: object) => Promise<Record<string, unknown>[]>;
      };
      const drafts = await docs.findMany({
        filters: { documentId: params.documentId },
        status: 'draft',
        locale: params.locale,
        populate: POPULATE[uid as keyof typeof POPULATE],
      });
      for (const draft of drafts) {
        const problems = entryProblems(uid, draft);
        if ('slug' in attributes && (await slugTaken(strapi, uid, draft.slug, draft.documentId, draft.locale))) {
          problems.push({ path: ['slug'], message: slugMessage(String(draft.slug)) });
        }
        const name = String(draft.namn ?? draft.titel ?? draft.term ?? draft.fraga ?? draft.rubrik ?? draft.slug ?? '');
        if (problems.length > 0) throw toValidationError(uid, `"${name}" kan inte publiceras`, problems);
      }
    }
    return next();
  });
}
