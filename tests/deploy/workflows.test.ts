/**
 * The GitHub workflows: every job in Debian (node:24-bookworm) with Debian's Chromium from apt, the
 * test services reached by the names the tests are told, and a publish that deploys only a build
 * that succeeded, one at a time, never cancelled.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, readText } from './support/repo.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  'continue-on-error'?: boolean;
  with?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string | { image: string };
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  services?: Record<string, { image: string; ports?: string[] }>;
  permissions?: Record<string, string>;
  environment?: string | { name: string; url?: string };
  'continue-on-error'?: boolean;
  steps: Step[];
}
interface Workflow {
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const ci = parse(readText('.github/workflows/ci.yml')) as Workflow;
const publish = parse(readText('.github/workflows/publish.yml')) as Workflow;
const workflows = { ci, publish };
const needs = (job: Job) => ([] as string[]).concat(job.needs ?? []);
const image = (job: Job) => (typeof job.container === 'string' ? job.container : job.container?.image);
/** Conditions that would let a job run after a failed or cancelled one it needs. */
const RUNS_AFTER_FAILURE = /\b(always|failure|cancelled)\s*\(|!\s*success\s*\(/;

describe('the GitHub workflows', () => {
  it('run every job in a node:24-bookworm container on an Ubuntu runner', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(image(job), `${file}: ${name}`).toBe('node:24-bookworm');
        expect(job['runs-on'], `${file}: ${name}`).toMatch(/^ubuntu-/);
      }
    }
  });

  it("install Debian's Chromium from apt in that container before the tests or the build", () => {
    const browserJobs = [
      ['ci', ci.jobs.test, 'bash .ci/run'],
      ['publish', publish.jobs.build, 'scripts/vg build'],
    ] as const;
    for (const [file, job, command] of browserJobs) {
      const steps = job?.steps ?? [];
      const runs = steps.findIndex((s) => s.run === command);
      const apt = steps.findIndex((s) =>
        /^apt-get update && apt-get install -y (--no-install-recommends )?([a-z0-9.+-]+ )*chromium( |$)/.test(s.run ?? ''),
      );
      expect(runs, `${file}: runs ${command}`).toBeGreaterThan(-1);
      expect(apt, `${file}: apt-get install chromium`).toBeGreaterThan(-1);
      expect(apt).toBeLessThan(runs);
    }
    for (const [file, workflow] of Object.entries(workflows)) {
      const text = JSON.stringify(workflow);
      expect(text, file).not.toMatch(/\bsudo\b|chromium-browser|\bsnap\b|setup-node/);
    }
    // The CI step is the README's test command.
    expect(readText('.ci/run')).toMatch(/^exec scripts\/vg test$/m);
  });

  it('give the tests PostgreSQL 15 and Redis as services, by name, and the tests use what they are given', () => {
    const job = ci.jobs.test as Job;
    expect(job.services?.postgres?.image).toMatch(/^postgres:15\b/);
    expect(job.services?.redis?.image).toMatch(/^redis:/);
    // In a container job the services are on the job's network: no ports to map.
    for (const service of Object.values(job.services ?? {})) expect(service.ports).toBeUndefined();
    const postgresUrl = job.env?.VG_TEST_POSTGRES_URL ?? '';
    const redisUrl = job.env?.VG_TEST_REDIS_URL ?? '';
    expect(new URL(postgresUrl).hostname).toBe('postgres');
    expect(new URL(redisUrl).hostname).toBe('redis');
    // What the test helpers connect to, given the job's environment.
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./src/cms/test-databases.ts'); console.log(JSON.stringify([m.ADMIN_URL, m.TEST_REDIS_URL]));",
      ],
      {
        cwd: path.join(ROOT, 'scripts'),
        env: { ...process.env, VG_TEST_POSTGRES_URL: postgresUrl, VG_TEST_REDIS_URL: redisUrl },
        encoding: 'utf8',
      },
    );
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual([postgresUrl, redisUrl]);
  });

  it('publish one build at a time, never cancelling a running one', () => {
    expect(publish.concurrency).toEqual({ group: 'publish-site', 'cancel-in-progress': false });
    const build = publish.jobs.build as Job;
    expect(build.steps.find((s) => s.run === 'scripts/vg build')).not.toHaveProperty('continue-on-error');
    expect(build['continue-on-error']).toBeUndefined();
  });

  it('deploy only after the build, audit included, succeeded', () => {
    const deploys = Object.entries(publish.jobs).filter(([, job]) =>
      job.steps.some((s) => /deploy-pages|rsync /.test(`${s.uses ?? ''} ${s.run ?? ''}`)),
    );
    expect(deploys.map(([name]) => name).sort()).toEqual(['deploy-pages', 'deploy-rsync']);
    for (const [name, job] of deploys) {
      expect(needs(job), name).toContain('build');
      expect(job.if ?? '', name).not.toMatch(RUNS_AFTER_FAILURE);
      for (const step of job.steps) expect(step.if ?? '', `${name}: ${step.name}`).not.toMatch(RUNS_AFTER_FAILURE);
    }
  });

  it('deploy to GitHub Pages with its artifact, environment and permissions', () => {
    const job = publish.jobs['deploy-pages'] as Job;
    expect(job.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(job.environment).toMatchObject({ name: 'github-pages' });
    expect(job.steps[0]?.id).toBe('deployment');
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The Pages artifact is packed by the build whenever this job runs, from the built site.
    const pack = (publish.jobs.build as Job).steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(pack?.if).toBe(job.if);
    expect(pack?.with?.path).toBe('site/dist');
  });
});
