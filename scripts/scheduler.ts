// `npm run scheduler -- <root>`: publish embargoed releases on the second
// into <root>/current (nginx's root), building each ahead of its instant
// (scripts/deploy/scheduler.ts). Runs until stopped; deploy/ has a systemd
// unit for it. RELEASE_KEEP releases are kept (default 5).
import {contentDirectory} from '@/lib/site/releases';
import {npmBuild, runScheduler} from './deploy/scheduler';

const [root] = process.argv.slice(2);
if (!root) {
  console.error('usage: npm run scheduler -- <root>');
  process.exit(2);
}
let running = true;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (running = false));
await runScheduler({root, content: contentDirectory(), build: npmBuild, keep: Number(process.env.RELEASE_KEEP ?? 5), running: () => running});
