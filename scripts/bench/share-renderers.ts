// The share image renderers compared: what the build draws with (Satori, then
// sharp's librsvg and PNG encoder: lib/build/share-render.ts), next/og (the same
// pair behind Next's ImageResponse, with Satori in the version Next bundles:
// what the build used before) and Satori with @resvg/resvg-js's native
// binary. Each renders the same card of the first release of the content
// folder (the statement's, or commitment N's with a second argument); runs
// alternate between the renderers so a busy machine weighs on all alike.
// Writes each PNG to compare by eye, and says how far each is from the
// build's picture:
//   npx tsx scripts/bench/share-renderers.ts [runs] [commitment number] [folder for the PNGs]
import {mkdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {ImageResponse} from 'next/og';
import {createElement} from 'react';
import satori from 'satori';
import sharp from 'sharp';
import ShareCard from '@/lib/site/share-card';
import {getReleases} from '@/lib/site/releases';
import {SHARE_IMAGE_SIZE, shareCard} from '@/lib/site/share';
import {shareFonts} from '@/lib/build/share-fonts';
import {messageTranslate} from '@/lib/build/share-images';
import {renderShareCard} from '@/lib/build/share-render';

const runs = Number(process.argv[2] ?? 20);
const commitment = Number(process.argv[3] ?? 0);
const folder = path.resolve(process.argv[4] ?? path.join(os.tmpdir(), 'share-renderers'));
const release = getReleases()[0]!;
const {card} = await shareCard('nl', release, commitment ? release.versions.nl.commitments[commitment - 1] : undefined, messageTranslate);
const fonts = await shareFonts();
const BUILD = 'satori + sharp (the build)';
const renderers: Record<string, () => Promise<Buffer>> = {
  [BUILD]: () => renderShareCard(card),
  'next/og': async () => Buffer.from(await new ImageResponse(createElement(ShareCard, card), {...SHARE_IMAGE_SIZE, fonts}).arrayBuffer()),
  'satori + @resvg/resvg-js': async () => {
    const svg = await satori(createElement(ShareCard, card), {...SHARE_IMAGE_SIZE, fonts});
    return Buffer.from(new Resvg(svg, {fitTo: {mode: 'width', value: SHARE_IMAGE_SIZE.width}}).render().asPng());
  },
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(renderers).map((name) => [name, []]));
const first: Record<string, Buffer> = {};
for (const [name, render] of Object.entries(renderers)) first[name] = await render();
for (let run = 0; run < runs; run++) {
  for (const [name, render] of Object.entries(renderers)) {
    const start = performance.now();
    await render();
    times[name]!.push(performance.now() - start);
  }
}
mkdirSync(folder, {recursive: true});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rgb = (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();
const reference = await rgb(first[BUILD]!);
for (const [name, png] of Object.entries(first)) {
  const file = path.join(folder, `${name.replace(/[^a-z]+/gi, '-').replace(/-+$/, '')}.png`);
  writeFileSync(file, png);
  // Pixels whose colour differs from the build's picture by more than a
  // tenth of the range: antialiasing moves a little, a shifted line a lot.
  const pixels = await rgb(png);
  let differing = 0;
  for (let index = 0; index < pixels.length; index += 3) {
    if (Math.max(...[0, 1, 2].map((channel) => Math.abs(pixels[index + channel]! - reference[index + channel]!))) > 25) differing++;
  }
  console.log(
    `${name}: median ${median(times[name]!).toFixed(1)} ms, min ${Math.min(...times[name]!).toFixed(1)} ms over ${runs} runs; ${png.length} bytes; ` +
      `${((100 * differing) / (pixels.length / 3)).toFixed(2)} % of pixels differ from the build's; ${file}`,
  );
}
