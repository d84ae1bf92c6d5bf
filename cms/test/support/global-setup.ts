import { compileCms } from '@vg/scripts/cms/strapi-process.ts';

/** Compile the CMS once per test run; every test file then starts the compiled server. */
export default async function setup(): Promise<void> {
  await compileCms();
}
