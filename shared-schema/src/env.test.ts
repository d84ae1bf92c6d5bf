import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUILD_URL_VARIABLES,
  CMS_SECRET_NAMES,
  checkCmsProductionEnv,
  checkCmsSecrets,
  checkS3Env,
  checkSecureUrls,
  cmsOperationsEnv,
  cmsPreviewEnv,
  DatabaseEnvSchema,
  PullEnvSchema,
  previewServiceEnv,
  ServerEnvSchema,
  s3Env,
  siteBuildEnv,
  weakSecretReason,
} from './env.ts';

const good = {
  APP_KEYS: 'q8Zr1fS0yG5vLw2Xk7pA,Ht3mNc9bVe4uJx6oRd1s',
  ADMIN_JWT_SECRET: 'Yb2nW8cQe5rT1uI7oP3aS9dF',
  API_TOKEN_SALT: 'Lk4jH6gF2dS8aQ0wE3rT5yU',
  JWT_SECRET: 'Zx7cV1bN9mQ2wE4rT6yU8iO',
  TRANSFER_TOKEN_SALT: 'Pa5sD3fG7hJ9kL1zX2cV4bN',
  ENCRYPTION_KEY: 'Mn6bV8cX0zL2kJ4hG6fD8sA',
};

describe('checkCmsSecrets', () => {
  it('accepts long random secrets', () => {
    expect(checkCmsSecrets(good)).toEqual([]);
  });

  it('names every missing secret', () => {
    const problems = checkCmsSecrets({});
    for (const name of CMS_SECRET_NAMES) expect(problems.join('\n')).toContain(name);
  });

  it('rejects short values and template placeholders, naming the variable', () => {
    expect(checkCmsSecrets({ ...good, JWT_SECRET: 'short' })).toEqual([expect.stringContaining('JWT_SECRET är för kort')]);
    expect(checkCmsSecrets({ ...good, API_TOKEN_SALT: 'tobemodified-tobemodified' })).toEqual([
      expect.stringContaining('API_TOKEN_SALT är en platshållare'),
    ]);
    expect(checkCmsSecrets({ ...good, APP_KEYS: 'toBeModified1,toBeModified2' }).join()).toContain('APP_KEYS');
  });

  it('names which APP_KEYS key is weak', () => {
    expect(checkCmsSecrets({ ...good, APP_KEYS: 'q8Zr1fS0yG5vLw2Xk7pA,short' })).toEqual([
      expect.stringMatching(/^APP_KEYS \(nyckel 2\) är för kort/),
    ]);
  });

  it('refuses a secret that repeats another, naming both, also between APP_KEYS entries', () => {
    expect(checkCmsSecrets({ ...good, TRANSFER_TOKEN_SALT: good.API_TOKEN_SALT })).toEqual([
      expect.stringContaining('TRANSFER_TOKEN_SALT har samma värde som API_TOKEN_SALT'),
    ]);
    const [firstKey] = good.APP_KEYS.split(',');
    expect(checkCmsSecrets({ ...good, APP_KEYS: `${firstKey},${firstKey}` })).toEqual([
      expect.stringContaining('APP_KEYS (nyckel 2) har samma värde som APP_KEYS (nyckel 1)'),
    ]);
    expect(checkCmsSecrets({ ...good, ENCRYPTION_KEY: firstKey })).toEqual([
      expect.stringContaining('ENCRYPTION_KEY har samma värde som APP_KEYS (nyckel 1)'),
    ]);
  });

  it('accepts what generators give: base64 and hex from openssl, base64url as the dev secrets use', () => {
    for (let i = 0; i < 200; i++) {
      expect(weakSecretReason(randomBytes(32).toString('base64'))).toBeUndefined();
      expect(weakSecretReason(randomBytes(24).toString('base64url'))).toBeUndefined();
      expect(weakSecretReason(randomBytes(16).toString('hex'))).toBeUndefined();
    }
  });
});

describe('weakSecretReason: the rule for a random-looking secret', () => {
  it('wants at least 16 characters', () => {
    expect(weakSecretReason('Yb2nW8cQe5rT1uI')).toContain('för kort (15 tecken, minst 16)');
    expect(weakSecretReason('Yb2nW8cQe5rT1uI7')).toBeUndefined();
  });

  it('refuses template values and guessable words anywhere, whatever the case and separators', () => {
    expect(weakSecretReason('tobemodified-tobemodified')).toContain('platshållare');
    expect(weakSecretReason('my-Super-SECRET-value-2024')).toContain('"secret"');
    expect(weakSecretReason('Pass_Word!Pass_Word!2024')).toContain('"password"');
    expect(weakSecretReason('Xq9strapi-jwt-key-Lw2K')).toContain('"strapi"');
    expect(weakSecretReason('changeme')).toContain('för kort');
    expect(weakSecretReason('TODO: fyll i en riktig nyckel')).toContain('platshållare');
    expect(weakSecretReason('xxx-Kq8pZ2mW7rT5nB4v')).toContain('platshållare');
    // A random value may begin with the same letters.
    expect(weakSecretReason('todoK9pQ2mZr7Wx4Lb6N')).toBeUndefined();
  });

  it('refuses one character repeated or too few different characters', () => {
    expect(weakSecretReason('a'.repeat(40))).toContain('för få olika tecken (1, minst 8)');
    expect(weakSecretReason('ab12ab12ab12ab12ab12')).toContain('för få olika tecken (4');
  });

  it('refuses one piece repeated, even with enough different characters', () => {
    expect(weakSecretReason('Kx7pQ2mZKx7pQ2mZKx7pQ2mZ')).toContain('upprepad');
  });

  it('refuses a run of neighbouring characters', () => {
    expect(weakSecretReason('abcdefghijklmnopqrstuvwxyz')).toContain('i rad');
    expect(weakSecretReason('zyxwvutsrqponmlkjihgfedcba')).toContain('i rad');
    expect(weakSecretReason('0123456789abcdef')).toContain('"123456"');
  });
});

/** S3 uploads as in production on Amazon S3 (the key is made up, but shaped like Amazon's). */
const s3 = {
  S3_BUCKET: 'valfardsguiden-filer',
  S3_REGION: 'eu-north-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLEKEYID0001',
  S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
};

describe('checkCmsProductionEnv', () => {
  const production = { ...good, ...s3, DATABASE_URL: 'postgres://vg@db.internal:5432/vg', PUBLIC_URL: 'https://cms.valfardsguiden.se' };

  it('accepts PostgreSQL, random secrets and https addresses', () => {
    expect(checkCmsProductionEnv({ ...production, VG_SITE_URL: 'https://valfardsguiden.se' })).toEqual([]);
  });

  it('refuses SQLite unless VG_ALLOW_SQLITE_IN_PRODUCTION=true, naming both variables', () => {
    const { DATABASE_URL: _, ...sqlite } = production;
    const problems = checkCmsProductionEnv(sqlite);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL saknas/);
    expect(problems[0]).toContain('VG_ALLOW_SQLITE_IN_PRODUCTION=true');
    expect(checkCmsProductionEnv({ ...sqlite, DATABASE_URL: '' })).toHaveLength(1);
    expect(checkCmsProductionEnv({ ...sqlite, VG_ALLOW_SQLITE_IN_PRODUCTION: 'false' })).toHaveLength(1);
    expect(checkCmsProductionEnv({ ...sqlite, VG_ALLOW_SQLITE_IN_PRODUCTION: 'true' })).toEqual([]);
    expect(checkCmsProductionEnv({ ...sqlite, VG_ALLOW_SQLITE_IN_PRODUCTION: 'ja' })).toEqual([
      expect.stringContaining('VG_ALLOW_SQLITE_IN_PRODUCTION ska vara true eller false'),
    ]);
  });

  it('refuses uploads on the local disk with PostgreSQL unless VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION=true; SQLite is one instance anyway', () => {
    const local = Object.fromEntries(Object.entries(production).filter(([name]) => !name.startsWith('S3_')));
    const problems = checkCmsProductionEnv(local);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^S3_BUCKET saknas, så uppladdade filer skulle sparas på CMS-instansens egen disk/);
    expect(problems[0]).toContain('VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION=true');
    expect(checkCmsProductionEnv({ ...local, S3_BUCKET: '' })).toHaveLength(1);
    expect(checkCmsProductionEnv({ ...local, VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION: 'false' })).toHaveLength(1);
    expect(checkCmsProductionEnv({ ...local, VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION: 'true' })).toEqual([]);
    expect(checkCmsProductionEnv({ ...local, VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION: 'ja' })).toEqual([
      expect.stringContaining('VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION ska vara true eller false'),
    ]);
    const { DATABASE_URL: _, ...sqlite } = local;
    expect(checkCmsProductionEnv({ ...sqlite, VG_ALLOW_SQLITE_IN_PRODUCTION: 'true' })).toEqual([]);
  });

  it('refuses a partial S3 configuration with one line per missing variable, and http:// to an S3 host', () => {
    const { S3_ACCESS_KEY_ID: _, S3_SECRET_ACCESS_KEY: __, ...withoutKeys } = production;
    expect(checkCmsProductionEnv(withoutKeys)).toEqual([
      expect.stringMatching(/^S3_ACCESS_KEY_ID saknas/),
      expect.stringMatching(/^S3_SECRET_ACCESS_KEY saknas/),
    ]);
    expect(checkCmsProductionEnv({ ...production, S3_ENDPOINT: 'http://minio.internal:9000' })).toEqual([
      expect.stringMatching(/^S3_ENDPOINT är http:\/\/minio\.internal:9000: .* byt till https:/),
    ]);
    expect(checkCmsProductionEnv({ ...production, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual([]);
    expect(checkCmsProductionEnv({ ...production, S3_PUBLIC_URL: 'http://filer.valfardsguiden.se' })).toEqual([
      expect.stringMatching(/^S3_PUBLIC_URL är http:/),
    ]);
  });

  it("refuses http:// for the CMS's own address and the site's, except to this machine", () => {
    expect(checkCmsProductionEnv({ ...production, PUBLIC_URL: 'http://cms.valfardsguiden.se' })).toEqual([
      expect.stringMatching(/^PUBLIC_URL är http:\/\/cms\.valfardsguiden\.se: .* byt till https:\/\/cms\.valfardsguiden\.se\.$/),
    ]);
    expect(checkCmsProductionEnv({ ...production, VG_SITE_URL: 'http://valfardsguiden.se' })).toEqual([
      expect.stringMatching(/^VG_SITE_URL är http:/),
    ]);
    expect(checkCmsProductionEnv({ ...production, VG_SITE_ORIGINS: 'https://valfardsguiden.se, http://www.valfardsguiden.se' })).toEqual([
      expect.stringMatching(/^VG_SITE_ORIGINS är http:\/\/www\.valfardsguiden\.se:/),
    ]);
    for (const local of ['http://localhost:1337', 'http://127.0.0.1:1337', 'http://[::1]:1337']) {
      expect(checkCmsProductionEnv({ ...production, PUBLIC_URL: local })).toEqual([]);
    }
  });

  it('gives one line per problem, all at once', () => {
    const problems = checkCmsProductionEnv({
      ...good,
      JWT_SECRET: good.ADMIN_JWT_SECRET,
      PUBLIC_URL: 'http://cms.example.se',
      VG_SITE_URL: 'http://example.se',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['JWT_SECRET', 'DATABASE_URL', 'PUBLIC_URL', 'VG_SITE_URL']);
    for (const p of problems) expect(p).not.toContain('\n');
  });
});

describe('checkS3Env / s3Env', () => {
  it('means local uploads when no S3 variable is set (empty ones count as unset)', () => {
    expect(checkS3Env({})).toEqual({ settings: undefined, problems: [] });
    expect(s3Env({ S3_BUCKET: '', S3_REGION: ' ' })).toBeUndefined();
  });

  it('reads Amazon S3 settings and derives the public address from the bucket and region', () => {
    expect(s3Env(s3)).toEqual({
      bucket: 'valfardsguiden-filer',
      region: 'eu-north-1',
      endpoint: undefined,
      accessKeyId: s3.S3_ACCESS_KEY_ID,
      secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
      forcePathStyle: false,
      publicUrl: 'https://valfardsguiden-filer.s3.eu-north-1.amazonaws.com',
    });
    expect(s3Env({ ...s3, S3_FORCE_PATH_STYLE: 'true' })?.publicUrl).toBe('https://s3.eu-north-1.amazonaws.com/valfardsguiden-filer');
  });

  it('takes another provider through S3_ENDPOINT (region then defaults to us-east-1) and a CDN through S3_PUBLIC_URL', () => {
    const { S3_REGION: _, ...minio } = { ...s3, S3_ENDPOINT: 'https://minio.example.se:9000/', S3_FORCE_PATH_STYLE: 'true' };
    expect(s3Env(minio)).toMatchObject({
      region: 'us-east-1',
      endpoint: 'https://minio.example.se:9000',
      forcePathStyle: true,
      publicUrl: 'https://minio.example.se:9000/valfardsguiden-filer',
    });
    expect(s3Env({ ...minio, S3_FORCE_PATH_STYLE: 'false' })?.publicUrl).toBe('https://valfardsguiden-filer.minio.example.se:9000');
    expect(s3Env({ ...minio, S3_PUBLIC_URL: 'https://filer.valfardsguiden.se/' })?.publicUrl).toBe('https://filer.valfardsguiden.se');
  });

  it('names every missing or bad variable, one line each, and never repeats a key', () => {
    expect(checkS3Env({ S3_BUCKET: 'valfardsguiden-filer' }).problems).toEqual([
      expect.stringMatching(/^S3_ACCESS_KEY_ID saknas/),
      expect.stringMatching(/^S3_SECRET_ACCESS_KEY saknas/),
      expect.stringMatching(/^S3_REGION saknas/),
    ]);
    expect(checkS3Env({ S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'nyckel', S3_REGION: 'eu-north-1' }).problems).toEqual([
      expect.stringMatching(/^S3_BUCKET saknas/),
    ]);
    const bad = checkS3Env({
      ...s3,
      S3_BUCKET: 'Mina_Filer',
      S3_FORCE_PATH_STYLE: 'ja',
      S3_ENDPOINT: 'https://AKIAHEMLIG:superhemligt@minio.example.se',
      S3_PUBLIC_URL: 'ftp://filer.example.se',
    }).problems;
    expect(bad.map((p) => p.split(' ')[0])).toEqual(['S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL']);
    expect(bad.join('\n')).not.toMatch(/superhemligt|AKIAHEMLIG/);
    expect(() => s3Env({ S3_BUCKET: 'valfardsguiden-filer' })).toThrow(/S3_ACCESS_KEY_ID saknas[\s\S]*S3_SECRET_ACCESS_KEY saknas/);
  });
});

describe('checkSecureUrls (the production build)', () => {
  it('refuses http:// to another host for CMS_URL, VG_CMS_PUBLIC_URL and SITE_URL, and names each', () => {
    const problems = checkSecureUrls(
      { CMS_URL: 'http://cms.internal:1337', VG_CMS_PUBLIC_URL: 'http://cms.example.se', SITE_URL: 'http://example.se' },
      BUILD_URL_VARIABLES,
    );
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['CMS_URL', 'VG_CMS_PUBLIC_URL', 'SITE_URL']);
  });

  it('accepts https, http to this machine, and unset variables (their defaults are local)', () => {
    expect(checkSecureUrls({ CMS_URL: 'http://127.0.0.1:1337', SITE_URL: 'https://valfardsguiden.se' }, BUILD_URL_VARIABLES)).toEqual([]);
    expect(checkSecureUrls({}, BUILD_URL_VARIABLES)).toEqual([]);
  });

  it('refuses other schemes and what is not an address', () => {
    expect(checkSecureUrls({ SITE_URL: 'ftp://example.se' }, ['SITE_URL'])).toEqual([expect.stringContaining('använd en https://-adress')]);
    expect(checkSecureUrls({ SITE_URL: 'valfardsguiden.se' }, ['SITE_URL'])).toEqual([
      expect.stringContaining('SITE_URL är inte en giltig adress'),
    ]);
  });
});

describe('PullEnvSchema: VG_PULL_MAX_SHRINK', () => {
  const base = { CMS_TOKEN: 'a'.repeat(40) };
  it('defaults to 0.2 and reads a share between 0 and 1', () => {
    expect(PullEnvSchema.parse(base).VG_PULL_MAX_SHRINK).toBe(0.2);
    expect(PullEnvSchema.parse({ ...base, VG_PULL_MAX_SHRINK: '' }).VG_PULL_MAX_SHRINK).toBe(0.2);
    expect(PullEnvSchema.parse({ ...base, VG_PULL_MAX_SHRINK: '0.5' }).VG_PULL_MAX_SHRINK).toBe(0.5);
    expect(PullEnvSchema.parse({ ...base, VG_PULL_MAX_SHRINK: '0' }).VG_PULL_MAX_SHRINK).toBe(0);
    expect(PullEnvSchema.parse({ ...base, VG_PULL_MAX_SHRINK: '1' }).VG_PULL_MAX_SHRINK).toBe(1);
  });

  it('refuses a percentage, a number above 1, a negative number and text, naming the variable', () => {
    for (const bad of ['20', '20%', '-0.1', 'tjugo']) {
      const result = PullEnvSchema.safeParse({ ...base, VG_PULL_MAX_SHRINK: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('VG_PULL_MAX_SHRINK ska vara en andel mellan 0 och 1');
    }
  });
});

describe('PullEnvSchema: VG_LEDIGA_PLATSER_MAX_DAGAR', () => {
  const base = { CMS_TOKEN: 'a'.repeat(40) };
  it('defaults to 30 days and reads a whole number of days', () => {
    expect(PullEnvSchema.parse(base).VG_LEDIGA_PLATSER_MAX_DAGAR).toBe(30);
    expect(PullEnvSchema.parse({ ...base, VG_LEDIGA_PLATSER_MAX_DAGAR: ' ' }).VG_LEDIGA_PLATSER_MAX_DAGAR).toBe(30);
    expect(PullEnvSchema.parse({ ...base, VG_LEDIGA_PLATSER_MAX_DAGAR: '14' }).VG_LEDIGA_PLATSER_MAX_DAGAR).toBe(14);
  });

  it('refuses zero, parts of days, more than a year and text, naming the variable', () => {
    for (const bad of ['0', '1.5', '400', 'en månad']) {
      const result = PullEnvSchema.safeParse({ ...base, VG_LEDIGA_PLATSER_MAX_DAGAR: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toMatch(/^VG_LEDIGA_PLATSER_MAX_DAGAR /);
    }
  });
});

describe('DatabaseEnvSchema', () => {
  it('defaults to SQLite in .tmp/data.db, also when the template left DATABASE_FILENAME empty', () => {
    expect(DatabaseEnvSchema.parse({})).toEqual({ client: 'sqlite', filename: '.tmp/data.db', busyTimeoutMs: 5000 });
    expect(DatabaseEnvSchema.parse({ DATABASE_FILENAME: '' })).toEqual({ client: 'sqlite', filename: '.tmp/data.db', busyTimeoutMs: 5000 });
  });

  it('reads the SQLite busy timeout in milliseconds and refuses nonsense, naming the variable', () => {
    expect(DatabaseEnvSchema.parse({ DATABASE_BUSY_TIMEOUT: '250' })).toMatchObject({ busyTimeoutMs: 250 });
    expect(DatabaseEnvSchema.parse({ DATABASE_BUSY_TIMEOUT: '' })).toMatchObject({ busyTimeoutMs: 5000 });
    for (const bad of ['fem', '-1', '1.5']) {
      const result = DatabaseEnvSchema.safeParse({ DATABASE_BUSY_TIMEOUT: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('DATABASE_BUSY_TIMEOUT');
    }
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(DatabaseEnvSchema.parse({ DATABASE_URL: 'postgres://vg@127.0.0.1:5432/vg' })).toEqual({
      client: 'postgres',
      url: 'postgres://vg@127.0.0.1:5432/vg',
    });
  });

  it('rejects a DATABASE_URL for another database with a message that says what to use', () => {
    const result = DatabaseEnvSchema.safeParse({ DATABASE_URL: 'mysql://root@localhost/vg' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('postgres://');
  });
});

describe('ServerEnvSchema', () => {
  it('defaults the port to 1337 and refuses nonsense', () => {
    expect(ServerEnvSchema.parse({}).PORT).toBe(1337);
    expect(ServerEnvSchema.safeParse({ PORT: 'abc' }).success).toBe(false);
    expect(ServerEnvSchema.safeParse({ PORT: '70000' }).success).toBe(false);
  });
});

describe('siteBuildEnv', () => {
  it('defaults to the local development servers and drops trailing slashes', () => {
    expect(siteBuildEnv({})).toEqual({ SITE_URL: 'http://localhost:4321', VG_CMS_PUBLIC_URL: 'http://localhost:1337' });
    expect(siteBuildEnv({ VG_CMS_PUBLIC_URL: 'https://cms.example.se/' }).VG_CMS_PUBLIC_URL).toBe('https://cms.example.se');
  });
  it('names the variable when an address is not a URL', () => {
    expect(() => siteBuildEnv({ VG_CMS_PUBLIC_URL: 'cms.example.se' })).toThrow(/VG_CMS_PUBLIC_URL/);
  });
});

describe('cmsOperationsEnv', () => {
  it('logs JSON lines in production and readable text elsewhere, unless VG_LOG_FORMAT says otherwise', () => {
    expect(cmsOperationsEnv({ NODE_ENV: 'production' })).toEqual({ logFormat: 'json', redisUrl: undefined, redisPrefix: 'vg:' });
    expect(cmsOperationsEnv({ NODE_ENV: 'development' }).logFormat).toBe('text');
    expect(cmsOperationsEnv({}).logFormat).toBe('text');
    expect(cmsOperationsEnv({ VG_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(cmsOperationsEnv({ NODE_ENV: 'production', VG_LOG_FORMAT: 'text' }).logFormat).toBe('text');
  });

  it('takes a redis:// or rediss:// REDIS_URL and treats an empty one as unset', () => {
    expect(cmsOperationsEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(cmsOperationsEnv({ REDIS_URL: 'rediss://:pw@cache.example.se:6380/2' }).redisUrl).toBe('rediss://:pw@cache.example.se:6380/2');
    expect(cmsOperationsEnv({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });

  it('names the variable and the fix, never echoing a REDIS_URL that may hold a password', () => {
    expect(() => cmsOperationsEnv({ VG_LOG_FORMAT: 'pretty' })).toThrow(/VG_LOG_FORMAT ska vara json eller text/);
    expect(() => cmsOperationsEnv({ REDIS_URL: 'http://:hemligt@cache:6379' })).toThrow(/REDIS_URL måste börja med redis:\/\//);
    expect(() => cmsOperationsEnv({ REDIS_URL: 'http://:hemligt@cache:6379' })).not.toThrow(/hemligt/);
    expect(() => cmsOperationsEnv({ REDIS_URL: 'cache.example.se 6379' })).toThrow(/REDIS_URL är inte en giltig adress/);
  });

  it('prefixes Redis keys with vg: unless VG_REDIS_PREFIX names another prefix of safe characters', () => {
    expect(cmsOperationsEnv({}).redisPrefix).toBe('vg:');
    expect(cmsOperationsEnv({ VG_REDIS_PREFIX: '' }).redisPrefix).toBe('vg:');
    expect(cmsOperationsEnv({ VG_REDIS_PREFIX: 'vg-staging:' }).redisPrefix).toBe('vg-staging:');
    // A space or a glob character would make keys hard to find and delete with SCAN MATCH.
    expect(() => cmsOperationsEnv({ VG_REDIS_PREFIX: 'vg staging' })).toThrow(/VG_REDIS_PREFIX får bara innehålla/);
    expect(() => cmsOperationsEnv({ VG_REDIS_PREFIX: 'vg*' })).toThrow(/VG_REDIS_PREFIX får bara innehålla/);
    expect(() => cmsOperationsEnv({ VG_REDIS_PREFIX: 'x'.repeat(65) })).toThrow(/högst 64 tecken/);
  });
});

describe('the preview settings', () => {
  it('turns preview off without VG_PREVIEW_URL and gives links ten minutes by default', () => {
    expect(cmsPreviewEnv({})).toEqual({ VG_PREVIEW_URL: undefined, VG_PREVIEW_TTL_SECONDS: 600 });
    expect(cmsPreviewEnv({ VG_PREVIEW_URL: '', VG_PREVIEW_TTL_SECONDS: '' }).VG_PREVIEW_URL).toBeUndefined();
    expect(cmsPreviewEnv({ VG_PREVIEW_URL: 'https://forhandsvisning.example.se/', VG_PREVIEW_TTL_SECONDS: '120' })).toEqual({
      VG_PREVIEW_URL: 'https://forhandsvisning.example.se',
      VG_PREVIEW_TTL_SECONDS: 120,
    });
  });

  it('names the variable and what to write for a bad address or a link that would live too long', () => {
    expect(() => cmsPreviewEnv({ VG_PREVIEW_URL: 'forhandsvisning.example.se' })).toThrow(/VG_PREVIEW_URL är inte en giltig adress/);
    expect(() => cmsPreviewEnv({ VG_PREVIEW_URL: 'ftp://forhandsvisning.example.se' })).toThrow(/VG_PREVIEW_URL ska börja med https:\/\//);
    expect(() => cmsPreviewEnv({ VG_PREVIEW_TTL_SECONDS: '86400' })).toThrow(/högst 3600/);
    expect(() => cmsPreviewEnv({ VG_PREVIEW_TTL_SECONDS: 'tio' })).toThrow(/VG_PREVIEW_TTL_SECONDS ska vara ett antal sekunder/);
  });

  it('refuses an http:// preview address to another machine in production', () => {
    const production = {
      ...good,
      DATABASE_URL: 'postgres://vg@db.internal:5432/vg',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_REGION: 'eu-north-1',
    };
    expect(checkCmsProductionEnv({ ...production, VG_PREVIEW_URL: 'http://forhandsvisning.example.se' })).toContainEqual(
      expect.stringMatching(/^VG_PREVIEW_URL är http:/),
    );
    expect(checkCmsProductionEnv({ ...production, VG_PREVIEW_URL: 'https://forhandsvisning.example.se' }).join('\n')).not.toMatch(
      /VG_PREVIEW_URL/,
    );
  });

  it('gives the preview service the local defaults, the admin at the CMS unless told, and names a bad port', () => {
    const env = previewServiceEnv({});
    expect(env).toMatchObject({
      CMS_URL: 'http://127.0.0.1:1337',
      VG_CMS_PUBLIC_URL: 'http://127.0.0.1:1337',
      VG_PREVIEW_PORT: 4322,
      VG_PREVIEW_PULL_MINUTES: 5,
    });
    expect(env.CMS_TOKEN).toBeUndefined();
    expect(previewServiceEnv({ VG_CMS_PUBLIC_URL: 'https://cms.example.se/' }).VG_CMS_PUBLIC_URL).toBe('https://cms.example.se');
    expect(() => previewServiceEnv({ VG_PREVIEW_PORT: '70000' })).toThrow(/VG_PREVIEW_PORT får vara högst 65535/);
    expect(() => previewServiceEnv({ VG_PREVIEW_PULL_MINUTES: '0' })).toThrow(/VG_PREVIEW_PULL_MINUTES ska vara minst 1/);
  });
});
