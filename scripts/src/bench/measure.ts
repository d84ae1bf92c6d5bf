import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ChildMeasurement {
  ok: boolean;
  ms: number;
  /** Peak resident memory of the process (and the largest of its children), in bytes; null when it could not be read. */
  peakRssBytes: number | null;
  /** The last lines the command printed, for error messages and page counts. */
  tail: string;
  exitCode: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** True when GNU time is there to report a child's peak memory. */
export const canMeasureMemory = (): boolean => fs.existsSync(GNU_TIME);

/**
 * Runs a command to completion and measures its wall time and peak RSS
 * (through `/usr/bin/time -v` when present). Never throws for a failing
 * command: the result says whether it worked.
 */
export function measureChild(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<ChildMeasurement> {
  const withTime = canMeasureMemory();
  const [cmd, argv] = withTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      if (options.echo) process.stdout.write(text);
      out += text;
      if (out.length > 200_000) out = out.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (exitCode: number | null) => {
      const ms = performance.now() - started;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out);
      const timeExit = /Exit status: (\d+)/.exec(out);
      const code = withTime && timeExit ? Number(timeExit[1]) : exitCode;
      // GNU time reports "Exit status: 0" for a command killed by a signal.
      const killed = /Command terminated by signal/.test(out);
      resolve({
        ok: code === 0 && exitCode === 0 && !killed,
        ms,
        peakRssBytes: rss ? Number(rss[1]) * 1024 : null,
        tail: out.replace(/\n\s*Command being timed:[\s\S]*$/, '').slice(-4000),
        exitCode: code,
      });
    };
    child.on('error', () => finish(null));
    child.on('exit', (code) => finish(code));
  });
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
