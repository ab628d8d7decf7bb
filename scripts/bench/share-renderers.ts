// The share image renderers compared: next/og (Satori, then sharp's librsvg
// where sharp loads, as here: what the build uses) against satori with @resvg/resvg-js's
// native binary. Each renders the statement's card of the first release of
// the content folder; runs alternate between the two so a busy machine
// weighs on both alike. Writes both PNGs to compare by eye:
//   npx tsx scripts/bench/share-renderers.ts [runs] [folder for the PNGs]
import {mkdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {createElement} from 'react';
import satori from 'satori';
import ShareCard from '@/components/ShareCard';
import {getReleases} from '@/lib/releases';
import {SHARE_IMAGE_SIZE, shareCard} from '@/lib/share';
import {shareFonts} from '@/lib/share-fonts';
import {messageTranslate} from '@/lib/share-images';
import {renderShareCard} from '@/lib/share-render';

const runs = Number(process.argv[2] ?? 20);
const folder = path.resolve(process.argv[3] ?? path.join(os.tmpdir(), 'share-renderers'));
const release = getReleases()[0]!;
const {card} = await shareCard('nl', release, undefined, messageTranslate);
const fonts = await shareFonts();
const renderers: Record<string, () => Promise<Buffer>> = {
  'next/og': () => renderShareCard(card),
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
for (const [name, png] of Object.entries(first)) {
  const file = path.join(folder, `${name.replace(/[^a-z]+/gi, '-')}.png`);
  writeFileSync(file, png);
  console.log(
    `${name}: median ${median(times[name]!).toFixed(1)} ms, min ${Math.min(...times[name]!).toFixed(1)} ms over ${runs} runs; ${png.length} bytes, ${file}`,
  );
}
console.log(`same bytes: ${first['next/og']!.equals(first['satori + @resvg/resvg-js']!)}`);
