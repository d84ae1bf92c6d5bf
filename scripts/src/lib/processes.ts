import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

/** Thrown for problems the user can fix; printed as one line, no stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Runs a command to completion, streaming its output; rejects with the exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new UserError(`${command} ${args.join(' ')} misslyckades (${signal ?? `kod ${code}`}).`));
    });
  });
}

/** Waits for a child to exit, killing it if it takes longer than `ms`. */
export function stopChild(child: ChildProcess, ms = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs a CLI's main function: user errors print one line and exit 1; anything
 * else is a bug and keeps its stack.
 */
export function main(fn: () => Promise<void>): void {
  fn().catch((err: unknown) => {
    if (err instanceof UserError) {
      console.error(`✖ ${err.message}`);
    } else {
      console.error(err);
    }
    process.exit(1);
  });
}
