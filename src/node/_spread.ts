import { Worker } from 'node:worker_threads';
import type { AssessedAreas } from '../areas/_assessArea.js';
import { fromWireArea, type WireArea } from './_runTask.js';
import { chunks, fromTransferredError } from './_transfer.js';

/** The most areas sent to a worker in one message. */
const BATCH = 100;
/** Ranges each thread takes, at least, when there are few areas. */
const RANGES_PER_THREAD = 8;

/** Areas to spread over threads: how a worker is asked for a range, and how this thread does one. */
export interface SpreadTask {
  /** How many areas. */
  readonly count: number;
  /** Threads, this one included (at least 2). */
  readonly workers: number;
  /** The worker script. */
  readonly url: URL | string;
  /** The message that asks a worker for the areas `start` to `end` (exclusive). */
  readonly message: (start: number, end: number) => unknown;
  /** Assesses the areas `start` to `end` here; throws as their first failing area does. */
  readonly here: (start: number, end: number) => AssessedAreas;
  /**
   * Runs once the workers have their first ranges, before this thread takes any (reading the
   * rest of the areas, checking them); what it throws is the answer.
   */
  readonly ready?: () => void;
}

/**
 * Assesses `count` areas in small contiguous ranges handed to whichever thread is free, this
 * one included: every message stays small (one holding half of 38,600 towns' scorecards
 * crashed the process), a thread that draws easy towns takes more ranges, and the last range
 * leaves little time for the others to idle. Each worker holds a second range in its queue, so
 * it never waits for this thread. Rejects with the error of the first failing area, as one
 * thread would.
 */
export async function spread(task: SpreadTask): Promise<AssessedAreas> {
  const { count, workers } = task;
  const size = Math.min(BATCH, Math.ceil(count / (workers * RANGES_PER_THREAD)));
  const ranges = chunks(count, Math.ceil(count / size));
  const byRange: AssessedAreas[] = new Array(ranges.length);
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    // An error of a range is the answer once every range before it is done: the one the
    // first failing area gives, as on one thread.
    const failures = new Map<number, unknown>();
    const settle = () => {
      const first = Math.min(...failures.keys());
      if (first === Number.POSITIVE_INFINITY) {
        if (done === ranges.length) finish();
      } else {
        for (let index = 0; index < first; index++) if (byRange[index] === undefined) return;
        finish(failures.get(first));
      }
    };
    const store = (index: number, assessed: AssessedAreas) => {
      byRange[index] = assessed;
      done += 1;
      settle();
    };
    const fail = (index: number, error: unknown) => {
      failures.set(index, error);
      settle();
    };
    const give = (worker: Worker, queue: number[]) => {
      if (next === ranges.length || failures.size > 0) return;
      const index = next++;
      const [start, end] = ranges[index] as [number, number];
      queue.push(index);
      worker.postMessage(task.message(start, end));
    };
    try {
      startWorkers();
      task.ready?.();
    } catch (error) {
      return finish(error);
    }
    void assessHere();
    function startWorkers() {
      for (let started = 1; started < Math.min(workers, ranges.length); started++) {
        const worker = new Worker(task.url, { execArgv: [] });
        const queue: number[] = [];
        pool.push(worker);
        worker.on('message', (reply: { ok: boolean; areas?: WireArea[]; error?: never }) => {
          const index = queue.shift() as number;
          if (!reply.ok) return fail(index, fromTransferredError(reply.error as never));
          const wire = reply.areas as WireArea[];
          store(index, { areas: wire.map(fromWireArea), flags: wire.map((area) => area.flags) });
          give(worker, queue);
        });
        worker.on('error', (error) => finish(error));
        worker.on('exit', () =>
          finish(new Error('a worker thread stopped before its areas were assessed')),
        );
        give(worker, queue);
        give(worker, queue);
      }
    }
    // This thread takes ranges too, between the workers' replies.
    async function assessHere() {
      while (!settled && next < ranges.length && failures.size === 0) {
        const index = next++;
        const [start, end] = ranges[index] as [number, number];
        try {
          store(index, task.here(start, end));
        } catch (error) {
          fail(index, error);
        }
        await new Promise((resume) => setImmediate(resume));
      }
    }
  });
  return {
    areas: byRange.flatMap((range) => range.areas),
    flags: byRange.flatMap((range) => range.flags),
  };
}
