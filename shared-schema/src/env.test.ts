import { describe, expect, it } from 'vitest';
import { CMS_SECRET_NAMES, checkCmsSecrets, DatabaseEnvSchema, ServerEnvSchema, siteBuildEnv } from './env.ts';

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
});

describe('DatabaseEnvSchema', () => {
  it('defaults to SQLite in .tmp/data.db, also when the template left DATABASE_FILENAME empty', () => {
    expect(DatabaseEnvSchema.parse({})).toEqual({ client: 'sqlite', filename: '.tmp/data.db' });
    expect(DatabaseEnvSchema.parse({ DATABASE_FILENAME: '' })).toEqual({ client: 'sqlite', filename: '.tmp/data.db' });
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
