import { AdminApi } from './admin-api.ts';
import { createBuildToken } from './build-token.ts';
import { startTempStrapi, type TempStrapi, type TempStrapiOptions } from './temp-strapi.ts';

export interface SeededCms {
  cms: TempStrapi;
  admin: AdminApi;
  /** A read-only build token, as the pipeline uses in production. */
  token: string;
}

/** A throw-away CMS with the demo content, a super admin and a build token: the pipeline's test bed. */
export async function startSeededCms(options: TempStrapiOptions = {}): Promise<SeededCms> {
  const cms = await startTempStrapi({ ...options, env: { VG_SEED_DEMO: 'true', ...options.env } });
  try {
    const admin = await AdminApi.registerFirstAdmin(cms.url);
    const token = await createBuildToken(cms.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    return { cms, admin, token };
  } catch (err) {
    await cms.dispose();
    throw err;
  }
}
