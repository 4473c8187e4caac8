/**
 * Headless Chromium runs its renderers (pages, the extension's service worker) at background
 * priority (nice +5 on Linux), as for tabs nobody looks at. On a shared machine that hands every
 * other process's load to our figures; a reader's own tab runs at normal priority. So while the
 * benchmark runs, every process it started is kept at the benchmark's own priority — never above
 * it. Linux only (`/proc`); elsewhere this does nothing. Threads are raised one by one: Linux
 * priorities are per thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Every process below `root`, read from `/proc/<pid>/task/<tid>/children`. */
function descendants(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ')) {
        const id = Number(child);
        if (id > 0) {
          out.push(id);
          queue.push(id);
        }
      }
    }
  }
  return out;
}

/**
 * Keep this process's descendants at its own priority until the returned function is called.
 * Returns how many were raised back, for the report header.
 */
export function keepPriority(intervalMs = 100): { stop: () => void; raised: () => number } {
  let raised = 0;
  let own: number;
  try {
    own = getPriority();
  } catch {
    return { stop: () => undefined, raised: () => 0 };
  }
  const timer = setInterval(() => {
    for (const pid of descendants(process.pid)) {
      let threads: string[];
      try {
        threads = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      // Linux priorities are per thread (the service worker runs on one of the renderer's).
      for (const tid of threads) {
        try {
          if (getPriority(Number(tid)) > own) {
            setPriority(Number(tid), own);
            raised++;
          }
        } catch {
          // Gone already, or not ours to change.
        }
      }
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), raised: () => raised };
}
