import localFont from 'next/font/local';

/**
 * The text face: Source Serif 4 (variable weight, Latin: É, ë, „ ” and the
 * rest of Western European text), self-hosted from its @fontsource package.
 * next/font preloads it and sizes a local fallback to its metrics.
 * `optional`: the face is used when it has arrived by the first paint (it
 * is preloaded, so nearly always); otherwise the page stays in the fallback
 * rather than laying itself out again when the face arrives. No shift, no
 * second layout of a long page on a slow phone (in the bench, swap cost the
 * release list a performance point in TBT).
 */
export const textFace = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'optional',
  variable: '--font-text',
  adjustFontFallback: 'Times New Roman',
});
