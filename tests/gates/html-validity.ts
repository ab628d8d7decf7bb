import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

// Where the HTML standard is ahead of the checker. Since whatwg/html#9970
// (2024) `blocking` may stand on a `link` of type `expect` as well as
// `stylesheet`; the checker (vnu-jar 26.9.27) still allows only the latter.
// Its message names neither the element nor the column (every page is one
// line), so it is let through only for a file whose every `link` with
// `blocking` is of one of those two types.
const BLOCKING_MESSAGE = 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.';
const blockingLinksAllowed = (file: string) =>
  (readFileSync(file, 'utf8').match(/<link\b[^>]*\sblocking=[^>]*>/g) ?? []).every((link) => /\srel="(expect|stylesheet)"/.test(link));

const fileOf = (message: VnuMessage) => (message.url ?? '').replace(/^file:/, '');

/**
 * The errors the W3C Nu HTML checker finds in HTML files, as `file:line: message`.
 *
 * @param files The HTML files to check.
 */
export function htmlErrors(files: string[]): string[] {
  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    // The checker exits non-zero when it finds errors; its report is on stderr.
    output = (error as {stderr?: string}).stderr ?? '';
  }
  const report = JSON.parse(output || '{"messages":[]}') as {messages: VnuMessage[]};
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .filter((message) => !(message.message === BLOCKING_MESSAGE && message.url?.startsWith('file:') && blockingLinksAllowed(fileOf(message))))
    .map((message) => `${message.url ? fileOf(message) : '?'}:${message.lastLine ?? '?'}: ${message.message}`);
}
