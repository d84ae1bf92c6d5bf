/**
 * The Dockerfile against the repository: it may only build with commands the repository defines
 * (so it cannot drift from what the tests run), from node:24-bookworm, and it must run the CMS as the
 * tests start it, as a user other than root. docker-build.test.ts runs its stages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STRAPI_BIN } from '@vg/scripts/cms/strapi-process.ts';
import { CMS_DIR } from '@vg/scripts/lib/paths.ts';
import { describe, expect, it } from 'vitest';
import { copyPaths, envPairs, execForm, instructions, parseDockerfile, type Stage } from './support/dockerfile.ts';
import { contextFiles, isIgnored, parseDockerignore } from './support/dockerignore.ts';
import { ROOT, readPackage, readText, workspacePackages } from './support/repo.ts';

const stages = parseDockerfile(readText('Dockerfile'));
const stageNames = new Set(stages.map((s) => s.name));
const runtime = stages.at(-1) as Stage;
const rootPackage = readPackage('.');
const workspace = workspacePackages();
const ignoreRules = parseDockerignore(readText('.dockerignore'));

/** Why a RUN line is not one the repository defines, or undefined when it is. */
function unknownCommand(command: string): string | undefined {
  // The pinned pnpm, read from package.json in the image: nothing to keep in step by hand.
  if (/^npm install --global (--no-fund --no-audit )?"\$\(node -p 'require\("\.\/package\.json"\)\.packageManager'\)"$/.test(command))
    return undefined;
  if (/&&|\|\||;|\||`|\$\(/.test(command)) return 'one command per RUN, without shell operators';
  const words = command.split(/\s+/);
  if (words[0] !== 'pnpm') return `"${words[0]}" is neither pnpm nor the pinned pnpm's installation`;
  if (words[1] === 'run') {
    const script = words[2] ?? '';
    return words.length === 3 && rootPackage.scripts?.[script] ? undefined : `"${script}" is not a script in package.json`;
  }
  if (words[1] !== 'install') return `pnpm ${words[1]} is not install or run`;
  if (!words.includes('--frozen-lockfile')) return 'pnpm install without --frozen-lockfile could change the lockfile';
  for (let i = 2; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '--filter') {
      const name = (words[++i] ?? '').replace(/\.\.\.$/, '');
      if (!workspace.has(name)) return `--filter ${name}: no such workspace package`;
    } else if (!['--frozen-lockfile', '--prod', '--ignore-scripts'].includes(word)) return `pnpm install ${word} is not an expected option`;
  }
  return undefined;
}

describe('the Dockerfile', () => {
  it('starts every stage from node:24-bookworm or an earlier stage', () => {
    for (const stage of stages) {
      if (stageNames.has(stage.from) && stages.indexOf(stage) > stages.findIndex((s) => s.name === stage.from)) continue;
      expect(stage.from, `stage ${stage.name}`).toMatch(/^node:24-bookworm(-slim)?(@sha256:[0-9a-f]{64})?$/);
    }
  });

  it('builds only with commands the repository defines', () => {
    const runs = stages.flatMap((s) => instructions(s, 'RUN').map((r) => `${s.name}: ${r.args}`));
    expect(runs.length).toBeGreaterThan(0);
    const problems = runs.map((run) => [run, unknownCommand(run.replace(/^[^:]+: /, ''))]).filter(([, why]) => why);
    expect(problems).toEqual([]);
    expect(rootPackage.packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+$/);
  });

  it('builds the CMS with the command the tests build it with', () => {
    const build = stages.find((s) => instructions(s, 'RUN').some((r) => r.args === 'pnpm run cms:build'));
    expect(build, 'a stage runs "pnpm run cms:build"').toBeDefined();
    expect(rootPackage.scripts?.['cms:build']).toBe('node scripts/src/cli/cms-build.ts');
    // The command and the tests' global setup both call the one build function.
    const calls = /import \{ buildCmsForProduction \} from '[^']*cms\/production-build\.ts';[\s\S]*await buildCmsForProduction\(\);/;
    expect(readText('scripts/src/cli/cms-build.ts')).toMatch(calls);
    expect(readText('cms/test/support/global-setup.ts')).toMatch(calls);
    // …and every project that starts a CMS runs that global setup first.
    for (const config of ['cms/vitest.config.mts', 'tests/vitest.config.ts', 'tests/security/vitest.config.ts']) {
      const setup = /globalSetup: \['([^']+)'\]/.exec(readText(config))?.[1] ?? '';
      expect(path.resolve(ROOT, path.dirname(config), setup), config).toBe(path.join(ROOT, 'cms/test/support/global-setup.ts'));
    }
    // The stage builds from the whole context at /app, so /app/cms is the repository's cms/.
    const copies = instructions(build as Stage, 'COPY').map((c) => c.args);
    expect(copies).toContain('. .');
    expect(instructions(stages[0] as Stage, 'WORKDIR').map((w) => w.args)).toEqual(['/app']);
  });

  it('copies only paths that exist and that .dockerignore lets through', () => {
    for (const stage of stages) {
      for (const copy of instructions(stage, 'COPY')) {
        const { sources } = copyPaths(copy.args);
        const from = copy.flags.from;
        for (const source of sources) {
          if (from === undefined) {
            const rel = path.posix.normalize(source).replace(/\/$/, '');
            expect(fs.existsSync(path.join(ROOT, rel)), `line ${copy.line}: ${source} exists`).toBe(true);
            if (rel !== '.') expect(isIgnored(ignoreRules, rel), `line ${copy.line}: ${source} is in the context`).toBe(false);
            continue;
          }
          expect(stageNames.has(from), `line ${copy.line}: --from=${from} is a stage`).toBe(true);
          // Stage paths under /app are the repository's, or a build's output (dist), which docker-build.test.ts checks.
          const rel = source.replace(/^\/app\//, '');
          const built = /(^|\/)(dist|node_modules)(\/|$)/.test(rel);
          expect(source.startsWith('/app/') && (built || fs.existsSync(path.join(ROOT, rel))), `line ${copy.line}: ${source}`).toBe(true);
        }
      }
    }
  });

  it('runs the CMS in production as the tests start it, as a user other than root', () => {
    expect(runtime.from).toMatch(/^node:24-bookworm/);
    const env = Object.fromEntries(instructions(runtime, 'ENV').flatMap((e) => envPairs(e.args)));
    expect(env.NODE_ENV).toBe('production');
    const user = instructions(runtime, 'USER').at(-1)?.args.trim();
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(instructions(runtime, 'WORKDIR').at(-1)?.args).toBe('/app/cms');
    const cmd = instructions(runtime, 'CMD').at(-1);
    expect(execForm(cmd?.args ?? '[]')).toEqual(['node', path.relative(CMS_DIR, STRAPI_BIN), 'start']);
    expect(instructions(runtime, 'EXPOSE').map((e) => e.args)).toEqual([String(env.PORT)]);
    expect(env.PORT).toBe('1337');
  });

  it('checks liveness on /_health', () => {
    const health = instructions(runtime, 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    const command = execForm(health[0]?.args ?? '[]');
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toContain("/_health')");
    expect(command[2]).toContain('status===204');
  });
});

describe('.dockerignore', () => {
  it('keeps secrets, personal data and local state out of the build context', () => {
    for (const rel of [
      '.env',
      'cms/.env',
      'site/.env.production',
      'backups/valfardsguiden-backup-2026-01-01T02-15-00Z.tar',
      'cms/.tmp/data.db',
      'cms/public/uploads/foto.jpg',
      '.git/config',
      'node_modules/zod/package.json',
      'cms/node_modules/pg/package.json',
      '.cache/toolchain/bin/pnpm',
      'cms/dist/build/index.html',
      'reports/content-report.json',
    ])
      expect(isIgnored(ignoreRules, rel), rel).toBe(true);
    for (const rel of ['.env.example', 'cms/public/uploads/.gitkeep', 'cms/src/index.ts', 'pnpm-lock.yaml'])
      expect(isIgnored(ignoreRules, rel), rel).toBe(false);
  });

  it('leaves a context of sources only', () => {
    const files = contextFiles(ROOT, ignoreRules);
    expect(files).toContain('cms/src/index.ts');
    expect(files.filter((f) => /(^|\/)(node_modules|dist|\.git)\/|(^|\/)\.env(\.(?!example$)|$)/.test(f))).toEqual([]);
  });
});
