// `npm run rollback -- <root> [release id]`: switch <root>/current back to
// the release before the live one (or to the one given), atomically.
import {listReleases, rollback} from './releases';

const [root, to] = process.argv.slice(2);
if (!root) {
  console.error('usage: npm run rollback -- <root> [release id]');
  process.exit(2);
}
try {
  const id = rollback(root, to);
  console.log(`${root}/current now points at ${id} (releases: ${listReleases(root).join(', ')})`);
} catch (error) {
  console.error(`rollback refused: ${(error as Error).message}`);
  process.exit(1);
}
