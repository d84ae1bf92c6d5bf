import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = path.join(import.meta.dirname, 'bench.ts');

/** Runs `pnpm bench` with these flags; bad flags are refused before anything is generated or built. */
function bench(...args: string[]) {
  const r = spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pnpm bench flags', () => {
  it('--help prints the usage, --work-dir included', () => {
    const r = bench('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--work-dir');
  });

  it('refuses a --work-dir that does not exist or is a file, naming the flag', () => {
    const missing = bench('--skip-pull', '--work-dir', '/finns/inte');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--work-dir "/finns/inte": mappen finns inte');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vg-bench-flag-')), 'fil.txt');
    fs.writeFileSync(file, 'x');
    const notDir = bench('--skip-pull', '--work-dir', file);
    expect(notDir.code).toBe(1);
    expect(notDir.err).toContain('det är en fil, inte en mapp');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('refuses a --load --duration that is not a whole number of seconds, and load flags without --load', () => {
    const duration = bench('--load', '--duration', '0');
    expect(duration.code).toBe(1);
    expect(duration.err).toContain('--duration "0": ange ett heltal 1–3600');
    const rate = bench('--load', '--rate', 'femtio');
    expect(rate.code).toBe(1);
    expect(rate.err).toContain('--rate "femtio"');
    const withoutLoad = bench('--duration', '10');
    expect(withoutLoad.code).toBe(1);
    expect(withoutLoad.err).toContain('--duration gäller bara lastbänken: lägg till --load');
    const mixed = bench('--load', '--sizes', '1500');
    expect(mixed.code).toBe(1);
    expect(mixed.err).toContain('--sizes hör till byggbänken, inte till --load');
  });

  it('refuses sizes that are not whole numbers, and unknown flags', () => {
    const sizes = bench('--sizes', '1500,tio');
    expect(sizes.code).toBe(1);
    expect(sizes.err).toContain('--sizes "1500,tio"');
    const unknown = bench('--snabb');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('snabb');
  });
});
