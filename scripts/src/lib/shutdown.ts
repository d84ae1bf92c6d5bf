import type { ChildProcess } from 'node:child_process';
import { stopChild } from './processes.ts';

/** Children this command started; Ctrl-C (or any exit) stops every one of them. */
const children = new Set<ChildProcess>();
let stopping = false;

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)));
}

export function stopAllOnSignal(): void {
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStänger av (${signal})…`);
    void stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('exit', () => {
    for (const c of children) c.kill('SIGKILL');
  });
}
