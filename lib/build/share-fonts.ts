import {readFile} from 'node:fs/promises';
import path from 'node:path';

// Noto Sans (SIL Open Font License) from @fontsource: its Latin subset covers
// the accents of Dutch and French names (Édouard, België). Satori reads WOFF,
// not WOFF2.
const files = {
  400: 'noto-sans-latin-400-normal.woff',
  700: 'noto-sans-latin-700-normal.woff',
} as const;
const folder = path.join('node_modules', '@fontsource', 'noto-sans', 'files');

/** The font files, relative to the project: part of every share image's cache key. */
export const SHARE_FONT_FILES = Object.values(files).map((file) => path.join(folder, file));

let loaded: Promise<Array<{name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal'}>> | undefined;

/** The fonts share images are set in, read once per build. */
export function shareFonts() {
  loaded ??= Promise.all(
    (Object.entries(files) as Array<[string, string]>).map(async ([weight, file]) => {
      // Read from the installed package at build time (the build runs in the project root).
      const buffer = await readFile(path.join(process.cwd(), folder, file));
      return {
        name: 'Noto Sans',
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        weight: Number(weight) as 400 | 700,
        style: 'normal' as const,
      };
    }),
  );
  return loaded;
}
