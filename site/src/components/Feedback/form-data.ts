/**
 * For the component tests: what a browser sends when a form in rendered HTML is submitted
 * (hidden inputs, the typed text, the name and value of the button pressed), as the
 * fields the CMS receives (after it parses the urlencoded body). Covers the few controls the feedback forms use.
 */
import { decodeEntities } from '../../../test/html.ts';

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1] ?? '') : undefined;
};

export function submittedFields(html: string, typed: Record<string, string>, pressed?: { name: string; value: string }) {
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input\b([^>]*)>/g)) {
    const name = attr(m[1] ?? '', 'name');
    if (name) fields.push([name, typed[name] ?? attr(m[1] ?? '', 'value') ?? '']);
  }
  for (const m of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1] ?? '', 'name');
    if (name) fields.push([name, typed[name] ?? decodeEntities(m[2] ?? '')]);
  }
  if (pressed) fields.push([pressed.name, pressed.value]);
  return Object.fromEntries(fields);
}
