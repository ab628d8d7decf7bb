// Mozilla's HTTP Observatory, as its scanner grades a site, run against a
// server on loopback: `tsx tests/support/observatory-scan.ts <httpPort>
// <httpsPort>` prints the grade, score and each test's result as JSON. Its
// own `scan()` takes no ports, so this retrieves with the library's retriever
// and grades with its grader, in the scanner's order. Run it with
// NODE_EXTRA_CA_CERTS set to the server's certificate, or the HTTPS tests
// count as unverified.
import {existsSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {MINIMUM_SCORE_FOR_EXTRA_CREDIT} from '@mdn/mdn-http-observatory/src/grader/charts.js';
import {getGradeForScore, getScoreModifier} from '@mdn/mdn-http-observatory/src/grader/grader.js';
import {ALL_TESTS, NUM_TESTS} from '@mdn/mdn-http-observatory/src/constants.js';
import {retrieve} from '@mdn/mdn-http-observatory/src/retriever/retriever.js';

// The install step downloads the HSTS preload list, which cannot work here
// (and package.json denies it). 127.0.0.1 is on no preload list: an empty one is right.
const packageRoot = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
const preloadList = path.join(packageRoot, 'conf', 'hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');

const [httpPort, httpsPort] = process.argv.slice(2).map(Number);
const retrieved = await retrieve('127.0.0.1', {httpPort, httpsPort});
if (!retrieved.responses.auto) throw new Error(`nothing answered on 127.0.0.1:${httpPort} or :${httpsPort}`);
const results = ALL_TESTS.map((test) => test(retrieved));

// The scanner's arithmetic (src/scanner/index.js): extra credit only for a site that already has an A.
let withExtraCredit = 100;
let uncurved = 100;
for (const result of results) {
  const modifier = result.result ? getScoreModifier(result.result) : 0;
  withExtraCredit += modifier;
  if (modifier < 0) uncurved += modifier;
}
const {grade, score} = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
console.log(
  JSON.stringify({
    grade,
    score,
    testsQuantity: NUM_TESTS,
    testsPassed: results.filter((result) => result.pass).length,
    tests: Object.fromEntries(results.map((result) => [result.constructor.name, {pass: result.pass, result: result.result}])),
  }),
);
