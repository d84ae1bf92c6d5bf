import { siteBuildEnv } from '@vg/shared-schema';

let fromProcessEnv: { forslag: string; aterkoppling: string; ledigaPlatser: string } | undefined;

/**
 * Where the site's forms post: the CMS's intake routes. Read from VG_CMS_PUBLIC_URL (default
 * http://localhost:1337, the local CMS of `scripts/vg start`); remembered for the build, since
 * every content page's feedback form asks.
 */
export function intakeUrls(env?: Record<string, string | undefined>) {
  if (env === undefined && fromProcessEnv) return fromProcessEnv;
  const { VG_CMS_PUBLIC_URL } = siteBuildEnv(env ?? process.env);
  const urls = {
    forslag: `${VG_CMS_PUBLIC_URL}/api/intake/forslag`,
    aterkoppling: `${VG_CMS_PUBLIC_URL}/api/intake/aterkoppling`,
    ledigaPlatser: `${VG_CMS_PUBLIC_URL}/api/intake/lediga-platser`,
  };
  if (env === undefined) fromProcessEnv = urls;
  return urls;
}
