import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/*
 * Things a test run makes once and every test file then copies, such as the seeded database
 * templates (cms/seed-template.ts). The run's global setup (cms/test/support/global-setup.ts)
 * makes a folder for them and names it in VG_TEST_RUN_CACHE, which the test workers inherit
 * (vitest starts them after the global setup, with its environment); the teardown removes it.
 * Without that folder — a CLI, or a run without the setup — callers make their own, as before.
 *
 * A thing is made by the first worker that asks for it (the others wait for it), so nothing is
 * made for a run that does not need it. What is in the folder is only ever copied, never changed,
 * so no test file sees another's writes.
 */

export const TEST_RUN_CACHE_ENV = 'VG_TEST_RUN_CACHE';
const PREFIX = 'vg-test-run-';

/** This run's folder, when the test run provides one. */
export function testRunCacheDir(): string | undefined {
  const dir = process.env[TEST_RUN_CACHE_ENV];
  return dir && fs.existsSync(dir) ? dir : undefined;
}

/** The random part of a run folder's name (lower-case hex), e.g. to name what the run keeps elsewhere. */
export const testRunId = (dir: string): string => path.basename(dir).slice(PREFIX.length);

/** Whether a run with this id still has its folder: what a crashed run left elsewhere can be removed. */
export const testRunExists = (id: string): boolean => fs.existsSync(path.join(os.tmpdir(), `${PREFIX}${id}`));

/** Runs take minutes: a folder this old is a killed run's. */
const STALE_MS = 6 * 3600_000;

/**
 * For the global setup: the run's folder, named in the environment; call the result at teardown.
 * Folders that killed runs left behind are removed first.
 */
export function createTestRunCache(): { dir: string; dispose: () => void } {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const old = path.join(os.tmpdir(), name);
    try {
      if (Date.now() - fs.statSync(old).mtimeMs > STALE_MS) fs.rmSync(old, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  const dir = path.join(os.tmpdir(), `${PREFIX}${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(dir);
  process.env[TEST_RUN_CACHE_ENV] = dir;
  return {
    dir,
    dispose: () => {
      if (process.env[TEST_RUN_CACHE_ENV] === dir) delete process.env[TEST_RUN_CACHE_ENV];
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const made = new Map<string, Promise<unknown>>();

/**
 * `make` once per test run for `key` (a file-name-safe string), by whichever process asks first;
 * the others wait for it and get the same result (anything JSON can hold). `make` gets the run's
 * folder to put what it makes in. A failure is reported to every process that asks.
 */
export function oncePerRun<T>(key: string, make: (dir: string) => Promise<T>): Promise<T> {
  let result = made.get(key) as Promise<T> | undefined;
  if (!result) {
    result = obtain(key, make);
    made.set(key, result);
  }
  return result;
}

async function obtain<T>(key: string, make: (dir: string) => Promise<T>): Promise<T> {
  const dir = testRunCacheDir();
  if (!dir) throw new Error(`${TEST_RUN_CACHE_ENV} pekar inte på en mapp: den här körningen har ingen gemensam mapp.`);
  const ready = path.join(dir, `${key}.ready.json`);
  const failed = path.join(dir, `${key}.failed.txt`);
  const lock = path.join(dir, `${key}.lock`);
  let mine = false;
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    mine = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if (mine) {
    try {
      const value = await make(dir);
      fs.writeFileSync(`${ready}.tmp`, JSON.stringify({ value }));
      fs.renameSync(`${ready}.tmp`, ready);
      return value;
    } catch (err) {
      fs.writeFileSync(failed, err instanceof Error ? (err.stack ?? err.message) : String(err));
      throw err;
    }
  }
  const holder = Number(fs.readFileSync(lock, 'utf8')) || undefined;
  for (;;) {
    if (fs.existsSync(ready)) return (JSON.parse(fs.readFileSync(ready, 'utf8')) as { value: T }).value;
    if (fs.existsSync(failed)) throw new Error(`${key} kunde inte göras i en annan testprocess:\n${fs.readFileSync(failed, 'utf8')}`);
    if (holder !== undefined && !alive(holder)) throw new Error(`Processen ${holder}, som gjorde ${key}, avslutades innan den blev klar.`);
    await sleep(250);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
