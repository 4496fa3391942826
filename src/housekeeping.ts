import type { Logger } from './log';

/** One kind of data past its retention, deleted on a schedule; returns how many items went. */
export interface PurgeTask {
  name: string;
  run(): Promise<number>;
}

export const DAY_MS = 86_400_000;

/**
 * Runs every purge once now and then daily, so a long-running instance deletes personal data on time, not only at
 * its next start. A failing task (a store briefly unreachable) is logged and tried again at the next run.
 */
export function startHousekeeping(tasks: PurgeTask[], log: Logger, intervalMs = DAY_MS) {
  let running: Promise<void> | undefined;
  const runAll = async () => {
    for (const task of tasks) {
      try {
        const purged = await task.run();
        if (purged > 0) log.info({ task: task.name, purged }, 'purged data past its retention');
      } catch (error) {
        log.warn({ err: error, task: task.name }, 'purge failed; trying again at the next run');
      }
    }
  };
  const runNow = () => (running ??= runAll().finally(() => (running = undefined)));
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    stop: () => clearInterval(timer),
  };
}
