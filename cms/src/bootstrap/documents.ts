import type { Core, UID } from '@strapi/strapi';

/**
 * The slice of Strapi's document service that bootstrap code uses, typed loosely
 * on purpose: content types are looked up by uid at run time (seed files, roles),
 * so the generated per-type typings would only be cast away.
 */
export interface LooseDocuments {
  findMany(params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  findFirst(params: Record<string, unknown>): Promise<Record<string, unknown> | null>;
  create(params: Record<string, unknown>): Promise<Record<string, unknown> & { documentId: string }>;
  update(params: Record<string, unknown>): Promise<Record<string, unknown> | null>;
  publish(params: Record<string, unknown>): Promise<unknown>;
  count(params: Record<string, unknown>): Promise<number>;
}

export function documents(strapi: Core.Strapi, uid: string): LooseDocuments {
  return strapi.documents(uid as UID.ContentType) as unknown as LooseDocuments;
}

/** True for content types editors publish (draft & publish on). */
export function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  const ct = strapi.contentType(uid as UID.ContentType) as { options?: { draftAndPublish?: boolean } } | undefined;
  return ct?.options?.draftAndPublish === true;
}

/** Our own content types (api::…), not Strapi's or plugins'. */
export function apiContentTypeUids(strapi: Core.Strapi): string[] {
  return Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
}
