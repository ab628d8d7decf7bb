import sharp from 'sharp';
import {describe, expect, it} from 'vitest';
import {renderShareCard, type ShareCardProps} from '@/lib/share-render';

// The picture itself, read back pixel by pixel: the whole card inside its
// 1200×630, with the margins ShareCard gives it. A renderer or a card change
// that lets the padding grow the box pushes the rule and the dateline off
// the bottom edge, which a share preview crops without a word.
const WHITE = 245;

async function pixels(card: ShareCardProps) {
  const {data, info} = await sharp(await renderShareCard(card))
    .removeAlpha()
    .raw()
    .toBuffer({resolveWithObject: true});
  // The red, green and blue of one pixel.
  const pixel = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
  const dark = (x: number, y: number) => Math.max(...pixel(x, y)) < 100;
  const light = (x: number, y: number) => Math.min(...pixel(x, y)) >= WHITE;
  return {info, dark, light};
}

/** Whether every pixel of the box [x0, x1) × [y0, y1) passes the test. */
function every(x0: number, x1: number, y0: number, y1: number, test: (x: number, y: number) => boolean): boolean {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (!test(x, y)) return false;
  return true;
}

const commitment: ShareCardProps = {
  countries: [
    {code: 'BE', name: 'België'},
    {code: 'FR', name: 'Frankrijk'},
  ],
  label: 'Engagement 3',
  number: 3,
  // Three lines at the heading's full size: the tallest card the content makes.
  heading: 'We hebben beslist om een Frans-Belgische werkgroep op te richten in verband met de strafvordering tegen',
  dateline: 'Brussel, 16 oktober 2017',
  title: 'Ontmoeting tussen Edouard PHILIPPE en Charles MICHEL',
};

describe('a share image', () => {
  it('is 1200×630 with the whole card inside, its margins blank and its rule and dateline above the bottom margin', async () => {
    const {info, dark, light} = await pixels(commitment);
    expect([info.width, info.height]).toEqual([1200, 630]);
    // The margins: 56 px above and below, 72 px on each side.
    expect(every(0, 1200, 0, 50, light), 'top margin').toBe(true);
    expect(every(0, 1200, 630 - 50, 630, light), 'bottom margin').toBe(true);
    expect(every(0, 66, 0, 630, light), 'left margin').toBe(true);
    expect(every(1200 - 66, 1200, 0, 630, light), 'right margin').toBe(true);
    // The rule above the dateline runs from margin to margin, inside the image.
    const rule = Array.from({length: 630}, (_, y) => y).filter((y) => every(80, 1120, y, y + 1, dark));
    expect(rule.length, 'a full-width rule').toBeGreaterThan(0);
    expect(rule[0]!).toBeLessThan(630 - 56 - 60);
    // Text (the dateline and the title) below the rule, above the bottom margin.
    expect(every(72, 600, rule.at(-1)! + 4, 630 - 56, light), 'text under the rule').toBe(false);
  });
});
