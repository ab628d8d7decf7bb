// The first step of `npm run build`: refuse a build whose absolute URLs would
// point at the wrong origin (lib/site/site-origin.ts says which are right).
import {siteOriginProblem} from '@/lib/site/site-origin';

const problem = siteOriginProblem(process.env.SITE_ORIGIN);
if (problem) {
  console.error(`build refused: ${problem}`);
  process.exit(1);
}
