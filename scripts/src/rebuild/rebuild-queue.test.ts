import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createRebuildQueue } from './rebuild-queue.ts';

describe('rebuild queue', () => {
  it('builds once for a burst of changes', async () => {
    let builds = 0;
    const queue = createRebuildQueue(async () => {
      builds++;
    }, 20);
    for (let i = 0; i < 10; i++) queue.notify();
    await sleep(40);
    await queue.idle();
    expect(builds).toBe(1);
  });

  it('runs one build at a time and exactly one more for changes made during a build', async () => {
    let running = 0;
    let maxRunning = 0;
    let builds = 0;
    const queue = createRebuildQueue(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      builds++;
      await sleep(60);
      running--;
    }, 5);
    queue.notify();
    await sleep(20); // first build is running
    queue.notify();
    queue.notify();
    await sleep(10);
    queue.notify();
    await sleep(200);
    await queue.idle();
    expect(maxRunning).toBe(1);
    expect(builds).toBe(2);
  });

  it('keeps serving changes after a failed build', async () => {
    let builds = 0;
    const queue = createRebuildQueue(async () => {
      builds++;
      if (builds === 1) throw new Error('bygget gick sönder');
    }, 5);
    queue.notify();
    await sleep(20);
    await queue.idle();
    queue.notify();
    await sleep(20);
    await queue.idle();
    expect(builds).toBe(2);
  });
});
