// `npm run content:check [directory]`: validate the content the way the build
// does and print every problem as `file:line: field: message`.
import path from 'node:path';
import {ContentError, formatProblem} from '@/lib/content';
import {readSiteConfig} from '@/lib/site/publisher';
import {checkLedger} from '@/lib/site/published-urls';
import {checkContent, contentDirectory, embargoNotice, isPublished, publishAt} from '@/lib/site/releases';

const directory = process.argv[2] ? path.resolve(process.argv[2]) : contentDirectory();
const report = checkContent(directory);
// Every address published before is still made, or redirected.
report.problems.push(...checkLedger(directory, report.releases));
// The site's own configuration: who publishes it.
try {
  readSiteConfig();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  report.problems.push(...error.problems);
}

for (const warning of report.warnings) console.warn(`warning: ${formatProblem(warning)}`);

if (report.problems.length > 0) {
  for (const problem of report.problems) console.error(formatProblem(problem));
  const count = report.problems.length === 1 ? '1 problem' : `${report.problems.length} problems`;
  console.error(`\n${count} in ${path.relative(process.cwd(), directory) || '.'}: nothing is published until they are fixed.`);
  process.exit(1);
}

const releases = report.releases.length === 1 ? '1 release' : `${report.releases.length} releases`;
console.log(`${releases} in ${report.files} files: every language lines up.`);
// What is held back, and for how long: the build publishes the site as it is at `publishAt()`.
const at = publishAt();
for (const release of report.releases) if (!isPublished(release, at)) console.log(embargoNotice(release, at));
