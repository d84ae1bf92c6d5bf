import type { Core } from '@strapi/strapi';
import type { IntakeContext } from '../../../intake/respond';
import { submitAterkoppling, submitForslag } from '../../../intake/submit';

/** Controller for the public intake routes; the work is in src/intake/submit.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forslag(ctx: IntakeContext) {
    await submitForslag(strapi, ctx);
  },
  async aterkoppling(ctx: IntakeContext) {
    await submitAterkoppling(strapi, ctx);
  },
});
