import type { Core } from '@strapi/strapi';

interface LocalesService {
  findByCode(code: string): Promise<unknown>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | undefined>;
  setDefaultLocale(params: { code: string }): Promise<unknown>;
}

/** Swedish is the site's language: the `sv` locale exists and is the default for new entries. */
export async function ensureSwedishDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  if (!(await locales.findByCode('sv'))) await locales.create({ code: 'sv', name: 'Svenska (sv)' });
  if ((await locales.getDefaultLocale()) !== 'sv') await locales.setDefaultLocale({ code: 'sv' });
}
