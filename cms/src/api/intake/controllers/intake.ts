import type { Core } from '@strapi/strapi';
import { asIntakeCode } from '../../../access/intake-writes';
import { type IntakeContext, SAVE_FAILED, sendError } from '../../../intake/respond';
import type { IntakeRoute } from '../../../intake/routes';
import { submitAterkoppling, submitForslag } from '../../../intake/submit';
import { submitLedigaPlatser } from '../../../lediga-platser/provider-update';

/**
 * Runs one intake route. The submit functions answer every expected outcome
 * themselves; anything thrown (a failing database while looking up a key or an
 * earlier receipt) still gets the intake's own 500 — JSON, or the site's error
 * page for a form POST — instead of a raw error from the CMS address. Logged by
 * code only: a database message can quote the submitted values.
 */
async function guarded(strapi: Core.Strapi, ctx: IntakeContext, route: IntakeRoute, submit: () => Promise<void>): Promise<void> {
  ctx.state.intakeRoute = route;
  try {
    await asIntakeCode(submit);
  } catch (err) {
    const code = (err as { code?: unknown }).code ?? (err as { name?: unknown }).name ?? 'okänt';
    strapi.log.error(`Inlämning (${route}): oväntat fel (${String(code)}).`);
    sendError(ctx, 500, 'serverfel', SAVE_FAILED[route]);
  }
}

/** Controller for the public intake routes; the work is in src/intake/submit.ts and src/lediga-platser/provider-update.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forslag(ctx: IntakeContext) {
    await guarded(strapi, ctx, 'forslag', () => submitForslag(strapi, ctx));
  },
  async aterkoppling(ctx: IntakeContext) {
    await guarded(strapi, ctx, 'aterkoppling', () => submitAterkoppling(strapi, ctx));
  },
  async ledigaPlatser(ctx: IntakeContext) {
    await guarded(strapi, ctx, 'ledigaPlatser', () => submitLedigaPlatser(strapi, ctx));
  },
});
