/** The HSDS API's root: which version of the specification the files follow. */
import type { APIRoute } from 'astro';
import { HSDS_VERSION } from '../../../open-data/hsds.ts';
import { jsonFile } from '../../../open-data/respond.ts';

export const GET: APIRoute = () =>
  jsonFile({
    version: HSDS_VERSION,
    profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
    openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
  });
