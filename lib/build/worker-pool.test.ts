import {afterEach, describe, expect, it} from 'vitest';
import {handle} from '../../tests/support/worker-job';
import {runJobs, workerCount} from '@/lib/build/worker-pool';

const jobModule = {url: new URL('../../tests/support/worker-job.ts', import.meta.url), handle};
const jobs = Array.from({length: 40}, (_, index) => index);

describe("the build steps' worker pool", () => {
  afterEach(() => {
    delete process.env.BUILD_WORKERS;
  });

  it("gives every answer in the jobs' order, from worker threads", async () => {
    const answers = await runJobs(jobModule, jobs, 2);
    expect(answers.map((answer) => answer.value)).toEqual(jobs.map((job) => job * 2));
    // Both workers took jobs, and none was done in this (the main) thread.
    expect(new Set(answers.map((answer) => answer.thread)).size).toBe(2);
    expect(answers.some((answer) => answer.thread === 0)).toBe(false);
  }, 60_000);

  it('does the jobs in this thread when given one worker', async () => {
    const answers = await runJobs(jobModule, jobs, 1);
    expect(answers.map((answer) => answer.value)).toEqual(jobs.map((job) => job * 2));
    expect(new Set(answers.map((answer) => answer.thread))).toEqual(new Set([0]));
  });

  it("rejects with the failing job's error", async () => {
    await expect(runJobs(jobModule, [1, 2, -3, 4, 5], 2)).rejects.toThrow('job -3: a negative number');
    await expect(runJobs(jobModule, [1, -2], 1)).rejects.toThrow('job -2: a negative number');
  }, 60_000);

  it('uses a worker a core only from the threshold on, unless BUILD_WORKERS says otherwise', () => {
    expect(workerCount(199, 200)).toBe(1);
    expect(workerCount(200, 200)).toBeGreaterThanOrEqual(1);
    process.env.BUILD_WORKERS = '3';
    expect(workerCount(10, 200)).toBe(3);
    expect(workerCount(2, 200)).toBe(2);
    process.env.BUILD_WORKERS = '1';
    expect(workerCount(5000, 200)).toBe(1);
  });
});
