import {createHash} from 'node:crypto';

// An inline script is a <script> without src whose type is JavaScript (JSON-LD
// is data, never run, so CSP does not govern it).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!text\/javascript|module)[^"'\s>]+/i;

/**
 * The CSP hash sources (`sha256-…`) of the inline scripts of an HTML page.
 *
 * @param html The page as served.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !DATA_TYPE.test(attributes ?? ''))
    .map(([, , body]) => `sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}`);
  return [...new Set(hashes)];
}
