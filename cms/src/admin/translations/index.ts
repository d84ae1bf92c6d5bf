import { OPTION_LABELS } from './options';
import { STRAPI_SV } from './strapi-sv';

/** Everything Swedish the admin gets on top of Strapi's own sv.json: its missing text and the select options' names. */
export const SWEDISH: Readonly<Record<string, string>> = { ...STRAPI_SV, ...OPTION_LABELS };
