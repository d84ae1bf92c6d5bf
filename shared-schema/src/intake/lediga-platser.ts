import { z } from 'zod';
import { SlugSchema } from '../slug.ts';
import { NyckelSchema } from './submission.ts';

/**
 * What a member organisation sends to `POST /api/intake/lediga-platser` to update one of its
 * insatser's free places and queue, published at once: the submission key, the insats's address
 * name, the number of free places and whether there is a queue. As JSON, or as a plain HTML form
 * (numbers as text, the queue as "ja"/"nej"). Nothing else of the insats can change this way.
 */

/** The most free places one insats can report; larger numbers are typing mistakes. */
export const LEDIGA_MAX = 10_000;

const fromForm = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export const LedigaPlatserUpdateSchema = z.object({
  nyckel: NyckelSchema,
  insats: SlugSchema,
  lediga: z.preprocess(
    (v) => {
      const t = fromForm(v);
      return t === '' || t === undefined ? undefined : typeof t === 'string' && /^\d+$/.test(t) ? Number(t) : t;
    },
    z
      .number({ error: 'Skriv hur många platser som är lediga, som en siffra. Skriv 0 om inga är lediga.' })
      .int({ error: 'Lediga platser ska vara ett heltal, t.ex. 3.' })
      .min(0, { error: 'Lediga platser kan inte vara färre än 0.' })
      .max(LEDIGA_MAX, { error: `Lediga platser kan vara högst ${LEDIGA_MAX.toLocaleString('sv-SE')}. Kontrollera siffran.` }),
  ),
  ko: z.preprocess(
    (v) => {
      const t = fromForm(v);
      return t === 'ja' || t === 'true' ? true : t === 'nej' || t === 'false' ? false : t;
    },
    z.boolean({ error: 'Svara om det är kö just nu: ja eller nej.' }),
  ),
});
export type LedigaPlatserUpdate = z.infer<typeof LedigaPlatserUpdateSchema>;
