import { z } from 'zod';
import { LEDIGA_PLATSER_MAX_DAGAR } from './content/lediga-platser.ts';

/** The shortest secret accepted; `openssl rand -base64 32` gives 44 characters. */
export const SECRET_MIN_LENGTH = 16;
/** The fewest different characters a secret may have; 16 random base64 characters have about 14. */
export const SECRET_MIN_DISTINCT = 8;

/**
 * Short template markers at the start ("TODO: …", "xxx-…"); only as a whole word, so a random
 * value that happens to begin with "todo" or "xxx" (a few in 100,000) is not refused.
 */
const PLACEHOLDERS = /^(todo|x{3,})([^a-z0-9]|$)/i;
/**
 * Words a person types but a generator practically never produces (six letters or more, so a
 * random value contains one by chance about once in a billion): matched anywhere, ignoring case
 * and everything but letters and digits.
 */
const GUESSABLE_WORDS = [
  'tobemodified',
  'changeme',
  'replaceme',
  'placeholder',
  'password',
  'secret',
  'example',
  'default',
  'strapi',
  'valfardsguiden',
  'qwerty',
  'letmein',
  '123456',
];

/**
 * Why a value does not look like a random secret, or undefined when it does. The rule, in order:
 * at least 16 characters; no template value or guessable word (see above); at least 8 different
 * characters; not one piece repeated ("abcdabcd…"); not a run of neighbouring characters
 * ("abcdefgh…", "98765432…"). `openssl rand -base64 32` passes every time.
 */
export function weakSecretReason(value: string): string | undefined {
  if (value.length < SECRET_MIN_LENGTH) return `är för kort (${value.length} tecken, minst ${SECRET_MIN_LENGTH})`;
  const letters = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const word = GUESSABLE_WORDS.find((w) => letters.includes(w));
  if (PLACEHOLDERS.test(value) || word) {
    return `är en platshållare från en mall eller ett lättgissat ord${word ? ` ("${word}")` : ''}`;
  }
  const distinct = new Set(value).size;
  if (distinct < SECRET_MIN_DISTINCT) return `har för få olika tecken (${distinct}, minst ${SECRET_MIN_DISTINCT}) och ser inte slumpad ut`;
  if (/^(.+?)\1+$/s.test(value)) return 'är samma teckenföljd upprepad och ser inte slumpad ut';
  const codes = [...value].map((c) => c.codePointAt(0) ?? 0);
  const neighbours = codes.slice(1).filter((c, i) => Math.abs(c - (codes[i] ?? 0)) === 1).length;
  if (neighbours * 2 >= codes.length - 1) return 'är en följd av tecken i rad (som "abcdef" eller "123456") och ser inte slumpad ut';
  return undefined;
}

const GENERATE = 'generera en ny med "openssl rand -base64 32"';

/** A secret that must look random (weakSecretReason); the message names the variable and the fix. */
const secret = (name: string) =>
  z
    .string({
      error: `${name} saknas — sätt en slumpad hemlighet (minst ${SECRET_MIN_LENGTH} tecken), t.ex. med "openssl rand -base64 32".`,
    })
    .superRefine((value, ctx) => {
      const reason = weakSecretReason(value);
      if (reason) ctx.addIssue({ code: 'custom', message: `${name} ${reason} — ${GENERATE}.` });
    });

/**
 * The CMS's secrets. Checked at start-up in production: Strapi refuses to start
 * when any of them is missing, not random-looking (weakSecretReason) or the same
 * value as another, naming the variable.
 */
export const CmsSecretsSchema = z.object({
  /** Comma-separated keys for signing session cookies; each one is checked. */
  APP_KEYS: z
    .string({ error: 'APP_KEYS saknas — sätt minst två slumpade nycklar separerade med komma.' })
    .transform((v) => v.split(',').map((k) => k.trim()))
    .pipe(z.array(secret('APP_KEYS')).min(1)),
  /** Signs admin panel sessions. */
  ADMIN_JWT_SECRET: secret('ADMIN_JWT_SECRET'),
  /** Salt for hashing API tokens (the build's read-only token). */
  API_TOKEN_SALT: secret('API_TOKEN_SALT'),
  /** Signs users-permissions JWTs (the plugin is enabled in cms/config/plugins.ts). */
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
  // An APP_KEYS issue sits at ["APP_KEYS", index]: say which key, so the right one gets replaced.
  const problems = result.success
    ? []
    : result.error.issues.map((issue) =>
        typeof issue.path[1] === 'number' ? issue.message.replace(/^APP_KEYS/, `APP_KEYS (nyckel ${issue.path[1] + 1})`) : issue.message,
      );
  return [...problems, ...sharedSecrets(env)];
}

/**
 * One line for every secret that repeats an earlier one: a value used for two jobs leaks both
 * when one leaks (a cookie key that is also the token salt, say).
 */
function sharedSecrets(env: Record<string, string | undefined>): string[] {
  const values: [string, string][] = [];
  (env.APP_KEYS ?? '').split(',').forEach((key, i) => {
    values.push([`APP_KEYS (nyckel ${i + 1})`, key.trim()]);
  });
  for (const name of CMS_SECRET_NAMES) if (name !== 'APP_KEYS') values.push([name, env[name] ?? '']);
  const firstWith = new Map<string, string>();
  const problems: string[] = [];
  for (const [label, value] of values) {
    if (value === '') continue;
    const first = firstWith.get(value);
    if (first) problems.push(`${label} har samma värde som ${first} — varje hemlighet ska vara en egen; ${GENERATE} för ${label}.`);
    else firstWith.set(value, label);
  }
  return problems;
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
    /** SQLite only: how long (ms) a write waits for another writer before failing with SQLITE_BUSY. Default 5000. */
    DATABASE_BUSY_TIMEOUT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce
        .number({ error: 'DATABASE_BUSY_TIMEOUT ska vara ett heltal (millisekunder), t.ex. 5000.' })
        .int({ error: 'DATABASE_BUSY_TIMEOUT ska vara ett heltal (millisekunder), t.ex. 5000.' })
        .min(0, { error: 'DATABASE_BUSY_TIMEOUT kan inte vara negativt; 5000 väntar i fem sekunder.' })
        .max(600_000, { error: 'DATABASE_BUSY_TIMEOUT får vara högst 600000 (tio minuter); 5000 räcker oftast.' })
        .default(5000),
    ),
  })
  .transform((env) =>
    env.DATABASE_URL
      ? ({ client: 'postgres', url: env.DATABASE_URL } as const)
      : ({ client: 'sqlite', filename: env.DATABASE_FILENAME, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT } as const),
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

/** The share of a collection a pull may lose without --allow-shrink, unless VG_PULL_MAX_SHRINK says otherwise. */
export const DEFAULT_MAX_SHRINK = 0.2;

/** A share between 0 (no entry may go) and 1 (any number may go); `name` is where it was set. */
export const MaxShrinkSchema = (name: string) => {
  const error = `${name} ska vara en andel mellan 0 och 1, t.ex. 0.2 för 20 %.`;
  return z.coerce.number({ error }).min(0, { error }).max(1, { error });
};

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
  /**
   * The largest share (0–1) of any collection a pull may lose compared with the previous
   * snapshot before it refuses to write (`--allow-shrink` overrides). Default 0.2 (20 %).
   */
  VG_PULL_MAX_SHRINK: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    MaxShrinkSchema('VG_PULL_MAX_SHRINK').default(DEFAULT_MAX_SHRINK),
  ),
  /** Free places and queue older than this many days are published as unknown (see content/lediga-platser.ts). Default 30. */
  VG_LEDIGA_PLATSER_MAX_DAGAR: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: 'VG_LEDIGA_PLATSER_MAX_DAGAR ska vara ett antal dagar, t.ex. 30.' })
      .int({ error: 'VG_LEDIGA_PLATSER_MAX_DAGAR ska vara ett heltal, t.ex. 30.' })
      .min(1, { error: 'VG_LEDIGA_PLATSER_MAX_DAGAR ska vara minst 1.' })
      .max(365, {
        error: 'VG_LEDIGA_PLATSER_MAX_DAGAR får vara högst 365: en uppgift om lediga platser som är ett år gammal är inte aktuell.',
      })
      .default(LEDIGA_PLATSER_MAX_DAGAR),
  ),
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

// ---------------------------------------------------------------------------------------------
// Uploads: S3-compatible object storage (the CMS's upload provider, the readiness check, backups)
// ---------------------------------------------------------------------------------------------

/** The variables of S3 uploads. Setting any of them means S3 is meant, so the rest are then required. */
export const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PUBLIC_URL',
] as const;

/** Where uploads go when S3_BUCKET is set, read once from the environment. */
export interface S3Settings {
  bucket: string;
  region: string;
  /** The S3 API's address for a provider other than Amazon (MinIO, Ceph, R2 …); undefined: Amazon S3. */
  endpoint: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** The address files are served from, without a trailing slash: S3_PUBLIC_URL, or derived from the bucket. */
  publicUrl: string;
}

/** Amazon's bucket naming rules (which the other providers follow): 3–63 characters, lower case. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** True when a URL carries a user name or password (false for what does not parse: z.url reports that). */
const hasUserInfo = (value: string): boolean => {
  const url = URL.parse(value);
  return url !== null && (url.username !== '' || url.password !== '');
};

/** An http(s) address without user name or password: keys belong in their own variables, out of URLs and logs. */
const s3Url = (name: string, example: string) =>
  z
    .url({ protocol: /^https?$/, error: `${name} är inte en giltig http(s)-adress, t.ex. ${example}.` })
    .refine((v) => !hasUserInfo(v), {
      error: `${name} får inte innehålla användarnamn eller lösenord — sätt nycklarna i S3_ACCESS_KEY_ID och S3_SECRET_ACCESS_KEY.`,
    })
    .transform((v) => v.replace(/\/+$/, ''));

/** The S3_ variables (empty ones given as unset; see checkS3Env). No message repeats a key's value. */
export const S3EnvSchema = z
  .object({
    S3_BUCKET: z
      .string({ error: 'S3_BUCKET saknas — sätt namnet på bucketen där de uppladdade filerna ska ligga.' })
      .regex(BUCKET_NAME, { error: 'S3_BUCKET ska vara ett bucketnamn: 3–63 tecken, små bokstäver, siffror, punkt och bindestreck.' }),
    /** Required for Amazon S3 (requests are signed for the bucket's region); other providers default to us-east-1. */
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, { error: 'S3_REGION ska vara ett regionnamn som eu-north-1 (små bokstäver, siffror och bindestreck).' })
      .optional(),
    S3_ENDPOINT: s3Url('S3_ENDPOINT', 'https://s3.example.se').optional(),
    S3_ACCESS_KEY_ID: z.string({ error: 'S3_ACCESS_KEY_ID saknas — sätt id:t för åtkomstnyckeln till bucketen.' }),
    S3_SECRET_ACCESS_KEY: z.string({ error: 'S3_SECRET_ACCESS_KEY saknas — sätt den hemliga åtkomstnyckeln till bucketen.' }),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'], {
        error: 'S3_FORCE_PATH_STYLE ska vara true (adresser som värd/bucket/fil, t.ex. för MinIO) eller false (bucket.värd/fil).',
      })
      .optional(),
    S3_PUBLIC_URL: s3Url('S3_PUBLIC_URL', 'https://filer.valfardsguiden.se').optional(),
  })
  .superRefine(
    (env, ctx) => {
      if (!env.S3_REGION && !env.S3_ENDPOINT)
        ctx.addIssue({
          code: 'custom',
          path: ['S3_REGION'],
          message: 'S3_REGION saknas — sätt bucketens region hos Amazon S3, t.ex. eu-north-1 (eller S3_ENDPOINT för en annan leverantör).',
        });
    },
    // Also when another variable is missing: every missing one is named at once, not one per start.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .transform(
    (env): S3Settings => ({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION ?? 'us-east-1',
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      publicUrl: env.S3_PUBLIC_URL ?? derivedPublicUrl(env.S3_BUCKET, env.S3_REGION, env.S3_ENDPOINT, env.S3_FORCE_PATH_STYLE === 'true'),
    }),
  );

/** Where the bucket serves its objects when S3_PUBLIC_URL does not say: the address the S3 API itself uses. */
function derivedPublicUrl(bucket: string, region: string | undefined, endpoint: string | undefined, pathStyle: boolean): string {
  const base = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
  const basePath = base.pathname.replace(/\/+$/, '');
  if (pathStyle) return `${base.origin}${basePath}/${bucket}`;
  return `${base.protocol}//${bucket}.${base.host}${basePath}`;
}

/**
 * The S3 settings, or one line per problem (each naming its variable). Nothing set: no settings
 * and no problems — the CMS keeps uploads in its own public/uploads folder. Empty values count
 * as unset.
 */
export function checkS3Env(env: Record<string, string | undefined>): { settings: S3Settings | undefined; problems: string[] } {
  const values = Object.fromEntries(S3_VARIABLES.map((name) => [name, env[name]?.trim() || undefined]));
  if (Object.values(values).every((v) => v === undefined)) return { settings: undefined, problems: [] };
  const parsed = S3EnvSchema.safeParse(values);
  if (!parsed.success) return { settings: undefined, problems: parsed.error.issues.map((i) => i.message) };
  return { settings: parsed.data, problems: [] };
}

/** The S3 settings (undefined without any S3_ variable); a partial or bad configuration throws, naming each variable. */
export function s3Env(env: Record<string, string | undefined>): S3Settings | undefined {
  const { settings, problems } = checkS3Env(env);
  if (problems.length > 0) throw new Error(`Fel i inställningarna för uppladdade filer (S3):\n  - ${problems.join('\n  - ')}`);
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Production: what the CMS and the production build refuse
// ---------------------------------------------------------------------------------------------

/** Hosts where http:// never leaves this machine. URL.hostname keeps the brackets of an IPv6 address. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * One line for each of the named addresses that would send tokens, sessions or form data
 * unencrypted over a network: anything but https://, except http:// to this machine. A
 * variable may hold a comma-separated list (VG_SITE_ORIGINS); unset variables are skipped.
 */
export function checkSecureUrls(env: Record<string, string | undefined>, names: readonly string[]): string[] {
  const problems: string[] = [];
  for (const name of names) {
    for (const value of (env[name] ?? '').split(',').map((v) => v.trim())) {
      if (value === '') continue;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        problems.push(`${name} är inte en giltig adress ("${value}") — skriv hela adressen med https://, t.ex. https://valfardsguiden.se.`);
        continue;
      }
      if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) continue;
      const fixed = url.protocol === 'http:' ? ` — byt till ${value.replace(/^http:/i, 'https:')}` : ' — använd en https://-adress';
      problems.push(
        `${name} är ${value}: i produktion ska adressen börja med https:// (http:// bara till den egna datorn: localhost, 127.0.0.1, ::1)${fixed}.`,
      );
    }
  }
  return problems;
}

/** Addresses the CMS is reached at or sends visitors to: its own public URL and the site's. */
export const CMS_PUBLIC_URL_VARIABLES = ['PUBLIC_URL', 'VG_SITE_URL', 'VG_SITE_ORIGINS', 'VG_PREVIEW_URL'] as const;
/** Addresses the production build uses: where it pulls from (with the token), and the two it writes into pages. */
export const BUILD_URL_VARIABLES = ['CMS_URL', 'VG_CMS_PUBLIC_URL', 'SITE_URL'] as const;

/**
 * SQLite in production only on purpose: one file on one machine cannot serve several CMS
 * instances behind a load balancer, and a lost disk loses everything. Allowed with
 * VG_ALLOW_SQLITE_IN_PRODUCTION=true (a single small instance with its own backups).
 */
export const ProductionDatabaseEnvSchema = z
  .object({
    DATABASE_URL: z.string().optional(),
    VG_ALLOW_SQLITE_IN_PRODUCTION: z
      .enum(['true', 'false'], { error: 'VG_ALLOW_SQLITE_IN_PRODUCTION ska vara true eller false (eller inte satt).' })
      .optional(),
  })
  .transform((env) => ({ sqlite: !env.DATABASE_URL, allowSqlite: env.VG_ALLOW_SQLITE_IN_PRODUCTION === 'true' }));

function checkProductionDatabase(env: Record<string, string | undefined>): string[] {
  const parsed = ProductionDatabaseEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    VG_ALLOW_SQLITE_IN_PRODUCTION: env.VG_ALLOW_SQLITE_IN_PRODUCTION || undefined,
  });
  if (!parsed.success) return parsed.error.issues.map((i) => i.message);
  if (!parsed.data.sqlite || parsed.data.allowSqlite) return [];
  return [
    'DATABASE_URL saknas, så CMS:et skulle köra på SQLite — sätt DATABASE_URL=postgres://användare:lösen@värd:5432/databas, eller VG_ALLOW_SQLITE_IN_PRODUCTION=true om en enda instans på SQLite är avsiktlig.',
  ];
}

/**
 * Uploads on the CMS's own disk in production only on purpose: several instances behind a load
 * balancer would each see only the files uploaded to them. On PostgreSQL (the setup for several
 * instances) that needs S3_BUCKET, or VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION=true for one instance
 * with its own disk; SQLite already means one instance. With S3, its addresses must be https://.
 */
export const ProductionUploadsEnvSchema = z.object({
  VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION: z
    .enum(['true', 'false'], { error: 'VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION ska vara true eller false (eller inte satt).' })
    .optional(),
});

function checkProductionUploads(env: Record<string, string | undefined>): string[] {
  const s3 = checkS3Env(env);
  if (s3.problems.length > 0) return s3.problems;
  if (s3.settings) return checkSecureUrls(env, ['S3_ENDPOINT', 'S3_PUBLIC_URL']);
  const parsed = ProductionUploadsEnvSchema.safeParse({
    VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION: env.VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION || undefined,
  });
  if (!parsed.success) return parsed.error.issues.map((i) => i.message);
  if (!env.DATABASE_URL || parsed.data.VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION === 'true') return [];
  return [
    'S3_BUCKET saknas, så uppladdade filer skulle sparas på CMS-instansens egen disk, som andra instanser inte ser — sätt S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY och S3_REGION (eller S3_ENDPOINT), eller VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION=true om en enda instans med filerna på sin disk är avsiktlig.',
  ];
}

/**
 * Everything the CMS refuses to start with in production, one line per problem naming the
 * variable and the fix: weak or shared secrets, SQLite without VG_ALLOW_SQLITE_IN_PRODUCTION,
 * uploads on the local disk with PostgreSQL unless allowed, an incomplete S3 configuration, and
 * http:// addresses to other machines.
 */
export function checkCmsProductionEnv(env: Record<string, string | undefined>): string[] {
  return [
    ...checkCmsSecrets(env),
    ...checkProductionDatabase(env),
    ...checkProductionUploads(env),
    ...checkSecureUrls(env, CMS_PUBLIC_URL_VARIABLES),
  ];
}

// ---------------------------------------------------------------------------------------------
// Operations: the CMS's log format and the shared services its readiness check covers
// ---------------------------------------------------------------------------------------------

/**
 * How the CMS logs and what `/_ready` checks besides the database and the uploads. Read once at
 * start-up (cms/config/logger.ts); a bad value stops the CMS naming the variable.
 */
export const CmsOperationsEnvSchema = z
  .object({
    /**
     * `json`: one JSON object a line (time, level, message and named safe fields) for a log
     * collector; `text`: Strapi's readable lines. Default: `json` when NODE_ENV=production,
     * `text` otherwise.
     */
    VG_LOG_FORMAT: z
      .enum(['json', 'text'], { error: 'VG_LOG_FORMAT ska vara json eller text (inte satt: json i produktion, text annars).' })
      .optional(),
    /**
     * redis://[användare:lösen@]värd:6379[/databas] or rediss:// (TLS). When set, the intake's rate
     * limits are counted in Redis, shared by every CMS instance, and `/_ready` also answers whether
     * Redis replies to PING. Unset: each instance counts in its own memory, no Redis check.
     */
    REDIS_URL: z
      .url({ error: 'REDIS_URL är inte en giltig adress — använd formen redis://värd:6379 (rediss:// med TLS).' })
      .refine((v) => /^rediss?:\/\//.test(v), { error: 'REDIS_URL måste börja med redis:// eller rediss://.' })
      .optional(),
    /**
     * Put before every key the CMS writes in Redis (the intake's rate-limit counters), so several
     * environments or parallel test runs can share one Redis without sharing counters. Default `vg:`.
     */
    VG_REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, {
        error: 'VG_REDIS_PREFIX får bara innehålla bokstäver a–z, siffror och _.:- (högst 64 tecken), t.ex. vg-staging:.',
      })
      .default('vg:'),
    NODE_ENV: z.string().optional(),
  })
  .transform((env) => ({
    logFormat: env.VG_LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text'),
    redisUrl: env.REDIS_URL,
    redisPrefix: env.VG_REDIS_PREFIX,
  }));
export type CmsOperationsEnv = z.infer<typeof CmsOperationsEnvSchema>;

/** The CMS's log and readiness settings, validated; empty values count as unset. */
export function cmsOperationsEnv(env: Record<string, string | undefined>): CmsOperationsEnv {
  const parsed = CmsOperationsEnvSchema.safeParse({
    VG_LOG_FORMAT: env.VG_LOG_FORMAT || undefined,
    REDIS_URL: env.REDIS_URL || undefined,
    VG_REDIS_PREFIX: env.VG_REDIS_PREFIX || undefined,
    NODE_ENV: env.NODE_ENV || undefined,
  });
  if (!parsed.success) throw new Error(`Fel i driftinställningarna:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Preview: the service that shows a draft as a page of the site (scripts/src/preview)
// ---------------------------------------------------------------------------------------------

const httpAddress = (name: string, example: string) =>
  z
    .url({ error: `${name} är inte en giltig adress, t.ex. ${example}.` })
    .refine((u) => /^https?:\/\//i.test(u), { error: `${name} ska börja med https:// (eller http:// på den egna datorn).` })
    .transform((u) => u.replace(/\/+$/, ''));

/** A whole number of something within bounds, every message naming the variable, the unit and an example. */
const wholeNumber = (name: string, unit: string, example: number, min: number, max: number, tooLarge = `${name} får vara högst ${max}.`) =>
  z.coerce
    .number({ error: `${name} ska vara ${unit}, t.ex. ${example}.` })
    .int({ error: `${name} ska vara ett heltal, t.ex. ${example}.` })
    .min(min, { error: `${name} ska vara minst ${min}.` })
    .max(max, { error: tooLarge })
    .default(example);

/** The CMS's side: where the admin's preview panel loads the preview from (unset: no preview), and how long a link works. */
export const CmsPreviewEnvSchema = z.object({
  VG_PREVIEW_URL: httpAddress('VG_PREVIEW_URL', 'https://forhandsvisning.valfardsguiden.se').optional(),
  VG_PREVIEW_TTL_SECONDS: wholeNumber(
    'VG_PREVIEW_TTL_SECONDS',
    'ett antal sekunder',
    600,
    1,
    3600,
    'VG_PREVIEW_TTL_SECONDS får vara högst 3600 (en timme): en förhandsvisningslänk ska gälla kort tid.',
  ),
});
export type CmsPreviewEnv = z.infer<typeof CmsPreviewEnvSchema>;

/** The CMS's preview settings, validated; VG_PREVIEW_URL undefined means preview is off. */
export function cmsPreviewEnv(env: Record<string, string | undefined>): CmsPreviewEnv {
  const parsed = CmsPreviewEnvSchema.safeParse({
    VG_PREVIEW_URL: env.VG_PREVIEW_URL || undefined,
    VG_PREVIEW_TTL_SECONDS: env.VG_PREVIEW_TTL_SECONDS || undefined,
  });
  if (!parsed.success) throw new Error(`Fel i inställningarna för förhandsvisning:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  return parsed.data;
}

/**
 * The preview service's side (`pnpm preview-service`): the CMS it asks for drafts (CMS_URL, may be
 * internal), the admin's public address (VG_CMS_PUBLIC_URL: the only origin that may frame the
 * preview), the public site (SITE_URL), and where it listens.
 */
export const PreviewServiceEnvSchema = z.object({
  CMS_URL: httpAddress('CMS_URL', 'http://127.0.0.1:1337').default('http://127.0.0.1:1337'),
  VG_CMS_PUBLIC_URL: httpAddress('VG_CMS_PUBLIC_URL', 'https://cms.valfardsguiden.se').optional(),
  SITE_URL: httpAddress('SITE_URL', 'https://valfardsguiden.se').default('http://localhost:4321'),
  /** A read-only build token: the service then pulls the published content itself, every VG_PREVIEW_PULL_MINUTES. */
  CMS_TOKEN: z.string().min(1).optional(),
  VG_PREVIEW_PULL_MINUTES: wholeNumber('VG_PREVIEW_PULL_MINUTES', 'ett antal minuter', 5, 1, 24 * 60),
  VG_PREVIEW_HOST: z.string().min(1).default('127.0.0.1'),
  VG_PREVIEW_PORT: wholeNumber('VG_PREVIEW_PORT', 'ett portnummer', 4322, 1, 65535),
});
export type PreviewServiceEnv = z.infer<typeof PreviewServiceEnvSchema>;

/** The preview service's settings, validated; empty values count as unset, the admin defaults to CMS_URL. */
export function previewServiceEnv(env: Record<string, string | undefined>): PreviewServiceEnv & { VG_CMS_PUBLIC_URL: string } {
  const names = [
    'CMS_URL',
    'VG_CMS_PUBLIC_URL',
    'SITE_URL',
    'CMS_TOKEN',
    'VG_PREVIEW_PULL_MINUTES',
    'VG_PREVIEW_HOST',
    'VG_PREVIEW_PORT',
  ] as const;
  const parsed = PreviewServiceEnvSchema.safeParse(Object.fromEntries(names.map((n) => [n, env[n] || undefined])));
  if (!parsed.success) throw new Error(`Fel i förhandsvisningens inställningar:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  return { ...parsed.data, VG_CMS_PUBLIC_URL: parsed.data.VG_CMS_PUBLIC_URL ?? parsed.data.CMS_URL };
}
