/**
 * Runs a rebuild after changes settle: debounced, one build at a time, and the
 * latest change wins — a change that arrives during a build schedules exactly
 * one more build afterwards, however many changes arrive.
 */
export function createRebuildQueue(build: () => Promise<void>, debounceMs = 750) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let idleResolvers: (() => void)[] = [];

  const settleIfIdle = () => {
    if (!running && !timer && !again) {
      for (const r of idleResolvers) r();
      idleResolvers = [];
    }
  };

  const start = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = build()
      .catch(() => {
        // The build reports its own errors; the queue keeps serving later changes.
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          start();
        } else settleIfIdle();
      });
  };

  return {
    /** Something changed: build soon. */
    notify(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, debounceMs);
    },
    /** Resolves when no build is running or pending (for tests and shutdown). */
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleResolvers.push(resolve);
        settleIfIdle();
      });
    },
  };
}
