import {expect, test} from '@playwright/test';
import {commitments, release} from './site';

// A paragraph's ¶ link: in the margin beside the paragraph's first line at
// any width (never on a line of its own), shown on hover and on focus.
for (const width of [375, 1280]) {
  test(`at ${width} px the paragraph link sits beside the first line, and shows on hover and on focus`, async ({page}) => {
    await page.setViewportSize({width, height: 900});
    await page.goto(`/en/${release.key}/`);
    // The first paragraph of commitment 2.
    const paragraph = page.locator(`section:has(> [id="${commitments('en')[1]!.key}"]) .paragraph`).first();
    const link = paragraph.locator('a.paragraph-link');
    const text = paragraph.locator('> div > :first-child');
    const [linkBox, textBox] = [await link.boundingBox(), await text.boundingBox()];
    // Beside the first line: left of the text, and level with its top.
    expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(textBox!.x + 1);
    expect(Math.abs(linkBox!.y - textBox!.y)).toBeLessThan(12);
    const opacity = () => link.evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    await text.hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    // Out of the tab order (the Share panel has the keyboard's way to these
    // anchors), but shown whenever something focuses it, a screen reader say.
    expect(await link.getAttribute('tabindex')).toBe('-1');
    await link.focus();
    await expect(link).toBeFocused();
    expect(await opacity()).toBe('1');
  });
}
