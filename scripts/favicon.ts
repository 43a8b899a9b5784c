// Writes public/favicon.png from scripts/favicon.svg: `npm run favicon` after changing the
// drawing. The page's icon is a PNG because Chromium opens an SVG icon as a document of its own:
// a task of 6–9 ms on the main thread while the map's first frame was being made (traced), and
// again on every change of address. The PNG is decoded in under 2 ms. It is 32 × 32 pixels in
// 16 colours (an indexed PNG, about 370 bytes), which Chromium's canvas cannot write.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launch } from "../tests/helpers/browser.ts";

const SOURCE = fileURLToPath(new URL("favicon.svg", import.meta.url));
const TARGET = fileURLToPath(new URL("../public/favicon.png", import.meta.url));
const SIZE = 32;
const COLOURS = 16;

/** An image's pixels, RGBA, drawn by Chromium at `size` × `size`. */
export async function pixelsOf(
  page: Page,
  src: string,
  size: number,
): Promise<number[]> {
  return page.evaluate(
    async ([src, size]) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = size;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0, size, size);
      return [...context.getImageData(0, 0, size, size).data];
    },
    [src, size] as const,
  );
}

/** The most frequent colours as the palette; every pixel takes the nearest of them. */
function indexed(rgba: number[]) {
  const colour = (i: number) => rgba.slice(i * 4, i * 4 + 4);
  const counts = new Map<string, number>();
  for (let i = 0; i < rgba.length / 4; i++) {
    const key = colour(i).join();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, COLOURS)
    .map(([key]) => key.split(",").map(Number));
  const distance = (a: number[], b: number[]) =>
    a.reduce((sum, v, i) => sum + (v - b[i]!) ** 2, 0);
  const indices = Array.from({ length: rgba.length / 4 }, (_, i) => {
    const c = colour(i);
    let best = 0;
    palette.forEach((p, j) => {
      if (distance(p, c) < distance(palette[best]!, c)) best = j;
    });
    return best;
  });
  return { palette, indices };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([length, body, sum]);
}

/** A 4-bit indexed PNG with transparency (PNG specification, chunks IHDR PLTE tRNS IDAT). */
export function indexedPng(rgba: number[], size: number): Buffer {
  const { palette, indices } = indexed(rgba);
  const rowBytes = Math.ceil(size / 2);
  const raw = Buffer.alloc((rowBytes + 1) * size); // each row: filter 0, then two pixels a byte
  indices.forEach((index, i) => {
    const [x, y] = [i % size, Math.floor(i / size)];
    raw[y * (rowBytes + 1) + 1 + (x >> 1)]! |= x % 2 ? index : index << 4;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 4; // bits per pixel
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("PLTE", Buffer.from(palette.flatMap((c) => c.slice(0, 3)))),
    chunk("tRNS", Buffer.from(palette.map((c) => c[3]!))),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await launch();
  try {
    const svg = readFileSync(SOURCE, "utf8");
    const src = "data:image/svg+xml," + encodeURIComponent(svg);
    const png = indexedPng(
      await pixelsOf(await browser.newPage(), src, SIZE),
      SIZE,
    );
    writeFileSync(TARGET, png);
    console.log(`Wrote ${TARGET} (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}
