import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

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
    .map((message) => `${message.url?.replace(/^file:/, '') ?? '?'}:${message.lastLine ?? '?'}: ${message.message}`);
}
