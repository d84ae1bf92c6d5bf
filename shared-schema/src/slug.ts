import { z } from 'zod';

/** Lower-case ASCII words joined by single hyphens: the last part of every public URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string({ error: 'Adressnamnet (slug) saknas.' })
  .min(1, { error: 'Adressnamnet (slug) saknas.' })
  .max(100, { error: 'Adressnamnet (slug) får vara högst 100 tecken.' })
  .regex(SLUG_PATTERN, {
    error: 'Adressnamnet (slug) får bara innehålla små bokstäver a–z, siffror och bindestreck, t.ex. "jonsbo-gard".',
  });
export type Slug = z.infer<typeof SlugSchema>;

const TRANSLITERATION: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** Makes a slug from a Swedish title: "Insteget i Kinda" → "insteget-i-kinda". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}
