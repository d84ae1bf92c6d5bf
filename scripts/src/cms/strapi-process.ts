import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CMS_DIR } from '../lib/paths.ts';
import { run, stopChild, UserError } from '../lib/processes.ts';

/** The Strapi CLI every CMS process here is started with (the Dockerfile's CMD too; tests/deploy checks it). */
export const STRAPI_BIN = path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** Compiles the CMS's TypeScript (server only, a few seconds); the admin bundle is built separately. */
export async function compileCms(): Promise<void> {
  await run(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi().catch(e=>{console.error(e.message);process.exit(1)})"], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface StrapiOptions {
  port: number;
  /** Extra environment: secrets, DATABASE_URL or DATABASE_FILENAME, SERVE_ADMIN… */
  env: Record<string, string>;
  /** The Strapi app to run (its working directory): the CMS itself unless a test brings a copy. */
  appDir?: string;
  /** `start` (compiled, production-like) or `develop` (watches and reloads). */
  mode?: 'start' | 'develop';
  /** Print the CMS's own log lines to this process's output. */
  echo?: boolean;
  timeoutMs?: number;
}

export interface StrapiServer {
  url: string;
  child: ChildProcess;
  /** Last lines Strapi printed, for error messages. */
  log: () => string;
  /**
   * The complete lines Strapi wrote to stdout since it was started (its log; stderr apart),
   * the newest 10,000 — what a log collector would read, for tests of the log format.
   */
  stdout: () => string[];
  stop: () => Promise<void>;
}

/** Starts a real Strapi process and resolves once GET /_health answers 204. */
export async function startStrapi(options: StrapiOptions): Promise<StrapiServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const lines: string[] = [];
  const child = spawn(process.execPath, [STRAPI_BIN, options.mode ?? 'start'], {
    cwd: options.appDir ?? CMS_DIR,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      BROWSER: 'none',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (options.echo) process.stdout.write(text);
    lines.push(...text.split('\n'));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const log = () => lines.join('\n');
  // Whole lines only: a chunk can end in the middle of one.
  const stdoutLines: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    stdoutLines.push(...parts);
    if (stdoutLines.length > 10_000) stdoutLines.splice(0, stdoutLines.length - 10_000);
  });
  const stdout = () => [...stdoutLines];

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new UserError(`Strapi stannade innan det hann starta (kod ${child.exitCode ?? child.signalCode}):\n${log().slice(-3000)}`);
    }
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return { url, child, log, stdout, stop: () => stopChild(child) };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stopChild(child);
  throw new UserError(
    `Strapi svarade inte på ${url}/_health inom ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s:\n${log().slice(-3000)}`,
  );
}
