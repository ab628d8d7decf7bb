// `npm run release -- <root> [build]`: release a build (default `out/`) into
// <root>/releases/ and switch <root>/current to it atomically; keeps the
// newest RELEASE_KEEP releases (default 5). nginx's root is <root>/current.
import {listReleases, release} from './releases';

const [root, build = 'out'] = process.argv.slice(2);
if (!root) {
  console.error('usage: npm run release -- <root> [build folder, default out]');
  process.exit(2);
}
const id = release(root, build, Number(process.env.RELEASE_KEEP ?? 5));
console.log(`released ${build} as ${id}; ${root}/current points at it (releases kept: ${listReleases(root).join(', ')})`);
