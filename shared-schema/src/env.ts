import { z } from 'zod';

/** Values that ship in templates and examples; never acceptable as real secrets. */
const PLACEHOLDERS = /^(tobemodified|changeme|change-me|secret|placeholder|example|xxx+|todo)/i;

/** A secret: long enough to resist guessing and not a template placeholder. */
const secret = (name: string) =>
  z
    .string({ error: `${name} saknas — sätt en slumpad hemlighet (minst 16 tecken), t.ex. med "openssl rand -base64 32".` })
    .min(16, { error: `${name} är för kort (minst 16 tecken) — generera en ny med "openssl rand -base64 32".` })
    .refine((v) => !PLACEHOLDERS.test(v) && !v.includes('toBeModified'), {
      error: `${name} är en platshållare från en mall — byt till en slumpad hemlighet.`,
    });

/**
 * The CMS's secrets. Checked at start-up in production: Strapi refuses to start
 * when any of them is missing, short or a placeholder, naming the variable.
 */
export const CmsSecretsSchema = z.object({
  /** Comma-separated keys for signing session cookies; each one is checked. */
  APP_KEYS: z
    .string({ error: 'APP_KEYS saknas — sätt minst två slumpade nycklar separerade med komma.' })
    .transform((v) => v.split(',').map((k) => k.trim()))
    .pipe(z.array(secret('APP_KEYS (varje nyckel)')).min(1)),
  /** Signs admin panel sessions. */
  ADMIN_JWT_SECRET: secret('ADMIN_JWT_SECRET'),
  /** Salt for hashing API tokens (the build's read-only token). */
  API_TOKEN_SALT: secret('API_TOKEN_SALT'),
  /** Signs users-permissions JWTs. */
  JWT_SECRET: secret('JWT_SECRET'),
  /** Salt for data-transfer tokens. */
  TRANSFER_TOKEN_SALT: secret('TRANSFER_TOKEN_SALT'),
  /** Encrypts stored API tokens so they can be shown again in the admin. */
  ENCRYPTION_KEY: secret('ENCRYPTION_KEY'),
});
export type CmsSecrets = z.infer<typeof CmsSecretsSchema>;

/** Names of the secrets, for generators and docs. */
export const CMS_SECRET_NAMES = Object.keys(CmsSecretsSchema.shape) as (keyof CmsSecrets)[];

/**
 * Checks the CMS secrets and returns one line per problem (empty when all is well).
 * Kept as plain strings so the CMS can print them before any logger exists.
 */
export function checkCmsSecrets(env: Record<string, string | undefined>): string[] {
  const result = CmsSecretsSchema.safeParse(env);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.message);
}

/** Database selection: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export const DatabaseEnvSchema = z
  .object({
    /** postgres://user:pass@host:5432/db — when set, the CMS uses PostgreSQL. */
    DATABASE_URL: z
      .url({ error: 'DATABASE_URL är inte en giltig adress — använd formen postgres://användare:lösen@värd:5432/databas.' })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), {
        error: 'DATABASE_URL måste börja med postgres:// eller postgresql:// (bara PostgreSQL stöds i produktion).',
      })
      .optional(),
    /** SQLite file relative to cms/; the create-strapi template leaves it empty, which would open a directory. */
    DATABASE_FILENAME: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? '.tmp/data.db' : v)),
  })
  .transform((env) =>
    env.DATABASE_URL
      ? ({ client: 'postgres', url: env.DATABASE_URL } as const)
      : ({ client: 'sqlite', filename: env.DATABASE_FILENAME } as const),
  );
export type DatabaseEnv = z.infer<typeof DatabaseEnvSchema>;

/** Ports and hosts for the CMS server. */
export const ServerEnvSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce
    .number({ error: 'PORT måste vara ett heltal, t.ex. 1337.' })
    .int({ error: 'PORT måste vara ett heltal, t.ex. 1337.' })
    .min(1, { error: 'PORT måste vara mellan 1 och 65535.' })
    .max(65535, { error: 'PORT måste vara mellan 1 och 65535.' })
    .default(1337),
  /** The public URL of the CMS, used in admin links printed by the pipeline. */
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL är inte en giltig adress, t.ex. https://cms.example.se.' }).optional(),
});
export type ServerEnv = z.infer<typeof ServerEnvSchema>;

/** Formats zod issues as "VARIABLE: message" lines for start-up errors. */
export function formatEnvIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}

/** What the pull needs to reach the CMS. */
export const PullEnvSchema = z.object({
  /** Base URL of the CMS, without /api. */
  CMS_URL: z
    .url({ error: 'CMS_URL är inte en giltig adress, t.ex. http://localhost:1337.' })
    .default('http://127.0.0.1:1337')
    .transform((u) => u.replace(/\/+$/, '')),
  /** The build's read-only API token (pnpm cms:token creates one). */
  CMS_TOKEN: z
    .string({ error: 'CMS_TOKEN saknas — skapa en skrivskyddad token med "pnpm cms:token" och sätt CMS_TOKEN.' })
    .min(20, { error: 'CMS_TOKEN ser inte ut som en API-token från Strapi — skapa en ny med "pnpm cms:token".' }),
});
export type PullEnv = z.infer<typeof PullEnvSchema>;

/**
 * What the site build needs besides the snapshot: its own public address (canonical URLs,
 * sitemap) and the public address of the CMS, which the site's forms post to
 * (`${VG_CMS_PUBLIC_URL}/api/intake/forslag`). Both default to the local development servers.
 */
export const SiteBuildEnvSchema = z.object({
  SITE_URL: z
    .url({ error: 'SITE_URL är inte en giltig adress, t.ex. https://valfardsguiden.se.' })
    .default('http://localhost:4321')
    .transform((u) => u.replace(/\/+$/, '')),
  VG_CMS_PUBLIC_URL: z
    .url({ error: 'VG_CMS_PUBLIC_URL är inte en giltig adress: CMS:ets publika adress, t.ex. https://cms.valfardsguiden.se.' })
    .default('http://localhost:1337')
    .transform((u) => u.replace(/\/+$/, '')),
});
export type SiteBuildEnv = z.infer<typeof SiteBuildEnvSchema>;

/** The site build's settings, validated; a bad value stops the build with the variable named. */
export function siteBuildEnv(env: Record<string, string | undefined>): SiteBuildEnv {
  const parsed = SiteBuildEnvSchema.safeParse({
    SITE_URL: env.SITE_URL || undefined,
    VG_CMS_PUBLIC_URL: env.VG_CMS_PUBLIC_URL || undefined,
  });
  if (!parsed.success)
    throw new Error(`Fel i inställningarna för bygget av webbplatsen:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  return parsed.data;
}

const perMinute = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} måste vara ett heltal (antal anrop per minut), t.ex. ${fallback}.` })
    .int({ error: `${name} måste vara ett heltal (antal anrop per minut), t.ex. ${fallback}.` })
    .min(1, { error: `${name} måste vara minst 1.` })
    .default(fallback);

/**
 * The intake routes (submissions and feedback): where the site lives (for CORS
 * and the redirects after a plain form POST) and how many requests a minute one
 * IP address and one submission key may make.
 */
export const IntakeEnvSchema = z.object({
  /** The public site's address, without a trailing slash; plain form POSTs are redirected back here. */
  VG_SITE_URL: z
    .url({ error: 'VG_SITE_URL är inte en giltig adress, t.ex. https://valfardsguiden.se.' })
    .default('http://localhost:4321')
    .transform((u) => u.replace(/\/+$/, '')),
  /** Origins allowed to call the CMS from a browser (CORS), comma-separated. Default: the origin of VG_SITE_URL. */
  VG_SITE_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((o) => o.trim().replace(/\/+$/, ''))
        .filter((o) => o !== ''),
    )
    .pipe(z.array(z.url({ error: 'VG_SITE_ORIGINS: varje ursprung ska vara en adress, t.ex. https://valfardsguiden.se.' }))),
  /** Requests a minute from one IP address, per intake route. */
  VG_INTAKE_RATE_PER_MINUTE: perMinute('VG_INTAKE_RATE_PER_MINUTE', 20),
  /** Submissions a minute with one organisation's key. */
  VG_INTAKE_KEY_RATE_PER_MINUTE: perMinute('VG_INTAKE_KEY_RATE_PER_MINUTE', 30),
});
export type IntakeEnv = z.infer<typeof IntakeEnvSchema>;

/** The intake settings, validated; the site origins default to the origin of VG_SITE_URL. */
export function intakeEnv(env: Record<string, string | undefined>): IntakeEnv {
  const parsed = IntakeEnvSchema.safeParse({
    VG_SITE_URL: env.VG_SITE_URL || undefined,
    VG_SITE_ORIGINS: env.VG_SITE_ORIGINS || undefined,
    VG_INTAKE_RATE_PER_MINUTE: env.VG_INTAKE_RATE_PER_MINUTE || undefined,
    VG_INTAKE_KEY_RATE_PER_MINUTE: env.VG_INTAKE_KEY_RATE_PER_MINUTE || undefined,
  });
  if (!parsed.success) throw new Error(`Fel i inställningarna för inlämning:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  const config = parsed.data;
  if (config.VG_SITE_ORIGINS.length === 0) config.VG_SITE_ORIGINS = [new URL(config.VG_SITE_URL).origin];
  return config;
}
