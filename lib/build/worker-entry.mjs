// One worker thread of a build step's pool (lib/build/worker-pool.ts): it loads the
// step's module, then does each job it is sent with the module's `handle`
// and answers with the result or the error. Plain JavaScript, so that it
// starts the same under tsx (the build) and under vitest (the tests): it
// registers tsx's loader itself before loading the step's TypeScript.
import {parentPort, workerData} from 'node:worker_threads';
import {register} from 'tsx/esm/api';

register();
const {handle} = await import(workerData.module);

parentPort.on('message', async ({index, job}) => {
  try {
    parentPort.postMessage({index, answer: await handle(job)});
  } catch (error) {
    parentPort.postMessage({index, error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
  }
});
