/**
 * Runs a Dockerfile's stages without Docker (none runs on the test machines): every stage gets its
 * own folder standing in for the image's file system, COPY copies what `docker build .` would send
 * (the .dockerignore applied) or what an earlier stage made, RUN runs in `sh -c` with the stage's
 * ENV and WORKDIR, and the final stage's CMD can be started. What it cannot stand in for: the base
 * image (this machine's Debian, and the Node running the tests, play node:24-bookworm-slim), file
 * ownership and USER (everything runs as the test's user), and the network (npm and pnpm prefer
 * their caches on this machine).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyPaths, envPairs, execForm, parseDockerfile, type Stage } from './dockerfile.ts';
import { contextFiles, isIgnored, parseDockerignore } from './dockerignore.ts';

export interface StageResult {
  name: string;
  /** The folder standing in for the stage's `/`. */
  root: string;
  env: Record<string, string>;
  workdir: string;
  user: string | undefined;
  cmd: string[] | undefined;
  healthcheck: string[] | undefined;
}

export interface EmulateOptions {
  /** The build context (the repository root). */
  context: string;
  /** An empty folder for the stages' file systems. */
  work: string;
  /** Receives every RUN's output, line by line. */
  log?: (line: string) => void;
}

/** A container path inside a stage's folder. */
export const inStage = (stage: { root: string }, containerPath: string): string => path.join(stage.root, containerPath);

/**
 * Copies a file, a symbolic link (as the link, unresolved: pnpm's node_modules are relative links) or
 * a folder's contents. Between stages files are hard-linked: nothing changes a file once copied, and
 * a CMS's dependencies are ~1 GB.
 */
function copyTree(src: string, dest: string, link: boolean): void {
  const stat = fs.lstatSync(src);
  if (stat.isSymbolicLink()) {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.rmSync(dest, { force: true });
    fs.symlinkSync(fs.readlinkSync(src), dest);
  } else if (stat.isDirectory()) {
    fs.mkdirSync(dest, { recursive: true });
    for (const entry of fs.readdirSync(src)) copyTree(path.join(src, entry), path.join(dest, entry), link);
  } else {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.rmSync(dest, { force: true });
    if (link) fs.linkSync(src, dest);
    else fs.copyFileSync(src, dest);
  }
}

/**
 * How this machine reaches the registries (proxy, extra CA certificates) and where its pnpm store is
 * (CI moves it): what Docker's builder takes from its own setup and cache. Nothing else of the
 * test's environment reaches a RUN.
 */
const HOST_VARIABLES =
  /^(https?_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir|npm_config_(cafile|strict_ssl|registry|store_dir))$/i;

/** The environment a RUN sees: the stage's ENV, npm's global prefix inside the stage, Node 24 first on PATH. */
function runEnv(stage: StageResult): NodeJS.ProcessEnv {
  const bin = inStage(stage, '/usr/local/bin');
  const host = Object.entries(process.env).filter(([name]) => HOST_VARIABLES.test(name));
  return {
    ...Object.fromEntries(host),
    PATH: [bin, path.dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: process.env.HOME ?? '/root',
    // `npm install --global` lands in the stage's /usr/local, as in the image.
    npm_config_prefix: inStage(stage, '/usr/local'),
    // Packages come from this machine's npm cache and pnpm store when they hold them.
    npm_config_prefer_offline: 'true',
    ...stage.env,
  };
}

function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        log(line);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`RUN ${command} (kod ${code}):\n${tail.join('\n')}`))));
  });
}

/** Runs every stage of `dockerfile` in order; the results by stage name. */
export async function emulateBuild(dockerfile: string, options: EmulateOptions): Promise<Map<string, StageResult>> {
  const rules = parseDockerignore(fs.readFileSync(path.join(options.context, '.dockerignore'), 'utf8'));
  const context = contextFiles(options.context, rules);
  const log = options.log ?? (() => {});
  const done = new Map<string, StageResult>();
  for (const stage of parseDockerfile(dockerfile)) done.set(stage.name, await runStage(stage, done, { ...options, log }, rules, context));
  return done;
}

async function runStage(
  stage: Stage,
  done: Map<string, StageResult>,
  options: EmulateOptions & { log: (line: string) => void },
  rules: ReturnType<typeof parseDockerignore>,
  context: string[],
): Promise<StageResult> {
  const parent = done.get(stage.from);
  const result: StageResult = {
    name: stage.name,
    root: path.join(options.work, stage.name),
    env: { ...parent?.env },
    workdir: parent?.workdir ?? '/',
    user: parent?.user,
    cmd: parent?.cmd,
    healthcheck: parent?.healthcheck,
  };
  if (parent) copyTree(parent.root, result.root, true);
  else fs.mkdirSync(result.root, { recursive: true });
  const where = (line: number) => `Dockerfile, rad ${line} (steget ${stage.name})`;

  for (const ins of stage.instructions) {
    switch (ins.keyword) {
      case 'ENV':
        for (const [name, value] of envPairs(ins.args)) result.env[name] = value;
        break;
      case 'WORKDIR':
        result.workdir = path.posix.resolve(result.workdir, ins.args.trim());
        fs.mkdirSync(inStage(result, result.workdir), { recursive: true });
        break;
      case 'USER':
        result.user = ins.args.trim();
        break;
      case 'CMD':
        result.cmd = execForm(ins.args);
        break;
      case 'HEALTHCHECK':
        result.healthcheck = execForm(ins.args);
        break;
      case 'EXPOSE':
        break;
      case 'RUN':
        options.log(`▶ ${stage.name}: RUN ${ins.args}`);
        await runShell(ins.args, inStage(result, result.workdir), runEnv(result), options.log);
        break;
      case 'COPY': {
        const { sources, dest } = copyPaths(ins.args);
        const target = path.posix.resolve(result.workdir, dest);
        const intoFolder = dest.endsWith('/') || sources.length > 1;
        const from = ins.flags.from;
        for (const source of sources) {
          if (from !== undefined) {
            const origin = done.get(from);
            if (!origin) throw new Error(`${where(ins.line)}: COPY --from=${from} nämner inget tidigare steg.`);
            const src = inStage(origin, source);
            if (!fs.existsSync(src)) throw new Error(`${where(ins.line)}: ${source} finns inte i steget ${from}.`);
            const isDir = fs.lstatSync(src).isDirectory();
            copyTree(src, inStage(result, intoFolder && !isDir ? path.posix.join(target, path.posix.basename(source)) : target), true);
            continue;
          }
          const rel = path.posix
            .normalize(source)
            .replace(/^\.\/?/, '')
            .replace(/\/$/, '');
          const inside = rel === '' ? context : context.filter((f) => f === rel || f.startsWith(`${rel}/`));
          if (inside.length === 0) {
            const why = fs.existsSync(path.join(options.context, rel)) && isIgnored(rules, rel) ? ' (utesluten av .dockerignore)' : '';
            throw new Error(`${where(ins.line)}: ${source} finns inte i byggkontexten${why}.`);
          }
          for (const file of inside) {
            const relToSource = file === rel ? path.posix.basename(file) : file.slice(rel === '' ? 0 : rel.length + 1);
            const out = file === rel && !intoFolder ? target : path.posix.join(target, relToSource);
            copyTree(path.join(options.context, file), inStage(result, out), false);
          }
        }
        break;
      }
    }
  }
  return result;
}

export interface Container {
  child: ChildProcess;
  /** What it printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** The stage's environment for a process in the "container", with `extra` on top. */
export function containerEnv(stage: StageResult, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: [path.dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: inStage(stage, '/home/node'),
    ...stage.env,
    ...extra,
  };
}

/** A command of the image (exec form) started in the stage's WORKDIR; `node` is the Node running the tests. */
export function startInStage(stage: StageResult, command: string[], extra: Record<string, string>): Container {
  const [program, ...args] = command;
  if (!program) throw new Error('Tomt kommando.');
  fs.mkdirSync(inStage(stage, '/home/node'), { recursive: true });
  const child = spawn(program === 'node' ? process.execPath : program, args, {
    cwd: inStage(stage, stage.workdir),
    env: containerEnv(stage, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { child, output: () => output, stop };
}

/** Runs a command of the image to its end: its exit code and what it printed. */
export async function runInStage(
  stage: StageResult,
  command: string[],
  extra: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const container = startInStage(stage, command, extra);
  return new Promise((resolve) => container.child.on('close', (code) => resolve({ code, output: container.output() })));
}
