import { SitePathSchema } from '@vg/shared-schema';

/**
 * The page a feedback form reports on, checked at build time: a path the CMS would refuse would
 * make every answer from that page fail, so the build stops instead, naming the form and the page.
 */
export function checkedSida(sida: string, form: string): string {
  const checked = SitePathSchema.safeParse(sida);
  if (!checked.success) throw new Error(`${form}: sidans adress "${sida}" går inte att skicka — ${checked.error.issues[0]?.message}`);
  return checked.data;
}
