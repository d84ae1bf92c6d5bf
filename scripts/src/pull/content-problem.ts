import { siteBuildEnv } from '@vg/shared-schema';

/** One thing wrong with the content, with everything an editor needs to find and fix it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Strapi content type uid, e.g. api::insats.insats. */
  contentType: string;
  documentId: string;
  slug: string;
  /** Field path inside the entry, e.g. kontakt.epost or kommuner[2]. */
  field: string;
  message: string;
  /** Where the editor fixes it in the CMS admin. */
  adminUrl: string;
}

/**
 * The CMS address for links editors follow (the report's "fix it here"): VG_CMS_PUBLIC_URL, the
 * CMS's public address that the site's forms use too, when it is set; otherwise the address the
 * pull reads from. The pull may read an internal address (127.0.0.1, a container name) where no
 * editor is logged in.
 */
export function publicCmsUrl(env: Record<string, string | undefined>, cmsUrl: string): string {
  return env.VG_CMS_PUBLIC_URL ? siteBuildEnv(env).VG_CMS_PUBLIC_URL : cmsUrl;
}

export function adminUrl(cmsUrl: string, uid: string, kind: 'collection' | 'single', documentId: string): string {
  return kind === 'single'
    ? `${cmsUrl}/admin/content-manager/single-types/${uid}`
    : `${cmsUrl}/admin/content-manager/collection-types/${uid}/${documentId}`;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');

/** One line per problem, grouped so an editor can work down the list. */
export function formatProblem(p: ContentProblem): string {
  const where = `${p.contentType} "${p.slug || p.documentId}" (${p.documentId})`;
  return `${p.severity === 'error' ? '✖' : '⚠'} ${where}: fältet "${p.field || '(hela posten)'}" — ${p.message}\n    Rätta här: ${p.adminUrl}`;
}
