import { OPTION_LABELS } from './options';
import { PLUGINS_SV } from './plugins-sv';
import { STRAPI_SV } from './strapi-sv';

/**
 * Everything Swedish the admin gets on top of Strapi's own sv.json: its missing text, the plugins
 * Strapi ships without Swedish (media library, review workflows, releases) and the select options' names.
 */
export const SWEDISH: Readonly<Record<string, string>> = { ...STRAPI_SV, ...PLUGINS_SV, ...OPTION_LABELS };
