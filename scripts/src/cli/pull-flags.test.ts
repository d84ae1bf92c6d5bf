import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TOKEN = 'a'.repeat(40);

/** Runs a CLI with exactly this environment: every case here stops before it reaches a CMS. */
function cli(file: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, file), ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, err: r.stderr };
}

describe('pnpm pull and pnpm build: flags and settings', () => {
  it('refuse a misspelt --allow-shrink and a value given to it, with the usage line', () => {
    const typo = cli('pull.ts', ['--allow-shrnik'], { CMS_TOKEN: TOKEN });
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('Okänd flagga --allow-shrnik. Användning: pnpm pull [--allow-invalid] [--allow-shrink] [--out FIL]');
    const value = cli('build.ts', ['--allow-shrink=ja'], { CMS_TOKEN: TOKEN });
    expect(value.code).toBe(1);
    expect(value.err).toContain('Flaggan --allow-shrink tar inget värde. Användning: pnpm build [--allow-invalid] [--allow-shrink]');
  });

  it('refuse a VG_PULL_MAX_SHRINK that is not a share between 0 and 1', () => {
    for (const file of ['pull.ts', 'build.ts']) {
      const r = cli(file, [], { CMS_TOKEN: TOKEN, VG_PULL_MAX_SHRINK: '20' });
      expect(r.code, file).toBe(1);
      expect(r.err, file).toContain('VG_PULL_MAX_SHRINK: VG_PULL_MAX_SHRINK ska vara en andel mellan 0 och 1, t.ex. 0.2 för 20 %.');
    }
  });

  it('pnpm pull refuses an empty --out', () => {
    const r = cli('pull.ts', ['--out='], { CMS_TOKEN: TOKEN });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Flaggan --out behöver ett filnamn.');
  });

  it('the production build refuses http:// to another host in CMS_URL, VG_CMS_PUBLIC_URL and SITE_URL, naming each', () => {
    const r = cli('build.ts', [], {
      CMS_TOKEN: TOKEN,
      CMS_URL: 'http://cms.internal:1337',
      VG_CMS_PUBLIC_URL: 'http://cms.example.se',
      SITE_URL: 'http://valfardsguiden.example.se',
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Produktionsbygget startar inte');
    for (const name of [
      'CMS_URL är http://cms.internal:1337',
      'VG_CMS_PUBLIC_URL är http://cms.example.se',
      'SITE_URL är http://valfardsguiden',
    ]) {
      expect(r.err).toContain(name);
    }
  });
});
