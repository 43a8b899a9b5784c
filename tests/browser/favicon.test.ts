// The page's icon: a small indexed PNG written by scripts/favicon.ts, read by Chromium's own
// decoder.
import { describe, expect, it } from "vitest";
import { indexedPng, pixelsOf } from "../../scripts/favicon.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();

/** The PNG's pixels as Chromium decodes them, RGBA. */
async function decoded(png: Buffer, size: number): Promise<number[]> {
  const page = await session.browser.newPage();
  try {
    const src = `data:image/png;base64,${png.toString("base64")}`;
    return await pixelsOf(page, src, size);
  } finally {
    await page.close();
  }
}

describe("the page's icon", () => {
  it("is a 32 × 32 PNG that the page names and Chromium decodes", async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.app);
    const size = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      const image = new Image();
      image.src = link!.href;
      await image.decode();
      return [link!.type, image.naturalWidth, image.naturalHeight];
    });
    expect(size).toEqual(["image/png", 32, 32]);
    await page.close();
  });

  it.each([8, 5])(
    "keeps every pixel of an image of 16 colours or fewer, transparency included (%i pixels a side)",
    async (size) => {
      const colours = Array.from({ length: 15 }, (_, i) => [
        (i * 37) % 256,
        (i * 91) % 256,
        (i * 53) % 256,
        255,
      ]).concat([[0, 0, 0, 0]]);
      // Each colour at least once, then a fixed scatter of them.
      const rgba = Array.from(
        { length: size * size },
        (_, i) => colours[i < colours.length ? i : (i * 7) % colours.length]!,
      ).flat();
      expect(await decoded(indexedPng(rgba, size), size)).toEqual(rgba);
    },
  );

  it("gives a pixel of a 17th colour the nearest of the 16", async () => {
    const size = 8;
    const rgba = Array.from({ length: size * size }, (_, i) =>
      i === 0 ? [250, 0, 0, 255] : [(i % 16) * 16, 0, 0, 255],
    ).flat();
    const pixels = await decoded(indexedPng(rgba, size), size);
    // 250 is nearest to 240 among 0, 16, …, 240.
    expect(pixels.slice(0, 4)).toEqual([240, 0, 0, 255]);
    expect(pixels.slice(4)).toEqual(rgba.slice(4));
  });
});
