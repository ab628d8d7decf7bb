import localFont from 'next/font/local';

/**
 * The text face: Source Serif 4 (variable weight, Latin: É, ë, „ ” and the
 * rest of Western European text), self-hosted from its @fontsource package.
 * next/font preloads it and sizes a local fallback to its metrics, so
 * swapping the face in moves nothing (CLS 0).
 */
export const textFace = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-text',
  adjustFontFallback: 'Times New Roman',
});
