import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

// What the checker's CSS parser does not know yet, in the stylesheet the pages
// carry inline: `@view-transition` (CSS View Transitions Level 2), which
// Chromium, Safari and Firefox read for transitions between pages.
const OUTDATED = /^CSS: Unrecognized at-rule “@view-transition”/;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

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
    .filter((message) => !OUTDATED.test(message.message))
    .map((message) => `${message.url?.replace(/^file:/, '') ?? '?'}:${message.lastLine ?? '?'}: ${message.message}`);
}
