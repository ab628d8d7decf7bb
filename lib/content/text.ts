import type {ContentProblem} from './problems';

const strict = new TextDecoder('utf-8', {fatal: true});

/**
 * Decode a content file's bytes as UTF-8: a byte-order mark is dropped and
 * CRLF (or CR) line endings become LF. Bytes that are not UTF-8 (a file saved
 * as Latin-1, say) are a problem at the first bad line and column, never
 * replaced with U+FFFD and published.
 *
 * @param bytes The file as read from disk.
 * @param file The file's path, used in problems.
 */
export function decodeContent(bytes: Uint8Array, file: string): {text?: string; problem?: ContentProblem} {
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return {text: strict.decode(bytes).replace(/\r\n?/g, '\n')};
  } catch {
    return {problem: {file, ...firstBadByte(bytes), message: 'the file is not UTF-8 (it may have been saved as Latin-1 or Windows-1252); save it as UTF-8'}};
  }
}

// Feed the bytes one at a time to a streaming decoder: it throws at the first
// byte that cannot continue a UTF-8 sequence.
function firstBadByte(bytes: Uint8Array): {line: number; column: number} {
  const decoder = new TextDecoder('utf-8', {fatal: true});
  let line = 1;
  let column = 1;
  for (let index = 0; index < bytes.length; index += 1) {
    let decoded: string;
    try {
      decoded = decoder.decode(bytes.subarray(index, index + 1), {stream: true});
    } catch {
      return {line, column};
    }
    for (const character of decoded) {
      if (character === '\n') {
        line += 1;
        column = 1;
      } else if (character !== '\uFEFF' || index > 2) {
        column += 1;
      }
    }
  }
  // A sequence cut off by the end of the file.
  return {line, column};
}
