// A job module for lib/build/worker-pool.test.ts: doubles a number, refuses a
// negative one, and tells which thread did the job.
import {threadId} from 'node:worker_threads';

export function handle(job: number): {value: number; thread: number} {
  if (job < 0) throw new Error(`job ${job}: a negative number`);
  return {value: job * 2, thread: threadId};
}
