import { z } from 'zod';
import { UserError } from '../lib/processes.ts';

/**
 * The first super admin, as `scripts/vg admin:create` takes it. The password rules are Strapi's
 * own for admin users (cms: @strapi/admin's validators), so an account made here can always log in
 * and change its password in the admin.
 */
export const FirstAdminSchema = z.object({
  /** Login name; Strapi keeps admin e-mails in lower case. */
  email: z
    .email({ error: 'E-postadressen (--email) är inte giltig — skriv hela adressen, t.ex. --email anna.andersson@example.se.' })
    .transform((v) => v.toLowerCase()),
  /** Shown in the admin. */
  firstname: z
    .string({ error: 'Förnamnet saknas — lägg till --firstname, t.ex. --firstname Anna.' })
    .trim()
    .min(1, { error: 'Förnamnet (--firstname) är tomt — skriv förnamnet.' }),
  /** Optional, as in Strapi. */
  lastname: z.string().trim().optional(),
  /**
   * 8 characters or more and at most 72 bytes (bcrypt reads no further), with a lower-case
   * letter, an upper-case letter and a digit.
   */
  password: z
    .string({ error: 'Lösenordet saknas — sätt VG_ADMIN_PASSWORD eller kör kommandot i en terminal, så frågar det efter lösenordet.' })
    .min(8, { error: 'Lösenordet är för kort: minst 8 tecken.' })
    .refine((v) => new TextEncoder().encode(v).length <= 72, {
      error: 'Lösenordet är för långt: högst 72 byte (färre tecken med å, ä, ö).',
    })
    .refine((v) => /[a-z]/.test(v), { error: 'Lösenordet behöver minst en liten bokstav (a–z).' })
    .refine((v) => /[A-Z]/.test(v), { error: 'Lösenordet behöver minst en stor bokstav (A–Z).' })
    .refine((v) => /\d/.test(v), { error: 'Lösenordet behöver minst en siffra.' }),
});
export type FirstAdmin = z.infer<typeof FirstAdminSchema>;

/** The account's name fields, checked before anyone is asked to type a password. */
export const FirstAdminNameSchema = FirstAdminSchema.omit({ password: true });

/** Parses with `schema` or stops with every problem, one a line (a password is never echoed). */
export function parseAccount<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UserError(result.error.issues.map((issue) => issue.message).join('\n  '));
}
