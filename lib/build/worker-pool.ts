// The build's steps that do the same work on many files (drawing share
// images, turning pages into static documents) run it on every core: a pool
// of worker threads, each loading the step's module once and handling one
// job after another. A small build does it in its own thread, where starting
// the workers would cost more than it saves.
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';

/** A module whose `handle` does one job: its URL, for the workers, and the function, for the build's own thread. */
export interface JobModule<Job, Answer> {
  url: URL;
  handle: (job: Job) => Answer | Promise<Answer>;
}

/**
 * How many worker threads do this many jobs: `BUILD_WORKERS` when set to a
 * whole number (1: the build's own thread, whatever the count), otherwise
 * one per core from `from` jobs on.
 */
export function workerCount(jobs: number, from: number): number {
  const configured = Number(process.env.BUILD_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, jobs);
  return jobs >= from ? availableParallelism() : 1;
}

/**
 * Do every job with the module's `handle`, on `workers` threads (in this
 * thread when 1), and give the answers in the jobs' order. The first job
 * that fails stops the others and rejects with its error.
 */
export async function runJobs<Job, Answer>(module: JobModule<Job, Answer>, jobs: readonly Job[], workers: number): Promise<Answer[]> {
  if (workers <= 1 || jobs.length <= 1) {
    const answers: Answer[] = [];
    for (const job of jobs) answers.push(await module.handle(job));
    return answers;
  }
  const answers = new Array<Answer>(jobs.length);
  await new Promise<void>((resolve, reject) => {
    const pool = Array.from(
      {length: Math.min(workers, jobs.length)},
      () => new Worker(new URL('./worker-entry.mjs', import.meta.url), {execArgv: [], workerData: {module: module.url.href}}),
    );
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const give = (worker: Worker) => {
      if (next < jobs.length) worker.postMessage({index: next, job: jobs[next++]});
    };
    for (const worker of pool) {
      worker.on('message', ({index, answer, error}: {index: number; answer?: Answer; error?: string}) => {
        if (error !== undefined) return finish(new Error(error));
        answers[index] = answer as Answer;
        if (++done === jobs.length) return finish();
        give(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a worker of ${module.url.pathname} stopped (exit code ${code}) with ${jobs.length - done} jobs left`));
      });
      give(worker);
    }
  });
  return answers;
}
