import type { Core } from '@strapi/strapi';
import { jsonLines } from './json-lines';

/**
 * Strapi's logger settings (server.logger) for the chosen format. JSON: every line Strapi writes
 * to stdout is one JSON object (see json-lines.ts), so the start-up banner and the update notice,
 * which Strapi prints as tables outside its logger, are switched off. Text: Strapi's own
 * readable lines, unchanged.
 */
export function loggerConfig(format: 'json' | 'text'): NonNullable<Core.Config.Server['logger']> {
  if (format === 'text') return {};
  return {
    config: { format: jsonLines() },
    startup: { enabled: false },
    updates: { enabled: false },
  };
}
