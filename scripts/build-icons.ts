/**
 * Draws the add-in's icons (a target on a rounded green tile) into addin/assets/icon-<size>.png at every size
 * the manifest names. The PNGs are committed; run `npx tsx scripts/build-icons.ts` after changing the drawing.
 * Drawn in code rather than exported from an editor so any size can be regenerated crisply and reviewed in a diff.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

/** 16/32/80 are the ribbon sizes; 64 and 128 are the manifest's IconUrl/HighResolutionIconUrl and the store. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const TILE: Rgb = [0x10, 0x7c, 0x41]; // Excel green, so the button reads as belonging to the workbook
const RING: Rgb = [0xff, 0xff, 0xff];

/** Colour of one point in unit coordinates (0..1), or undefined outside the tile. */
function colourAt(x: number, y: number): Rgb | undefined {
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  const d = Math.hypot(x - 0.5, y - 0.5);
  // Rings: bullseye, one white ring, tile gap, outer white ring.
  if (d < 0.09) return RING;
  if (d >= 0.17 && d < 0.25) return RING;
  if (d >= 0.33 && d < 0.4) return RING;
  return TILE;
}

/** Render one size with 4×4 supersampling so small icons keep smooth edges. */
export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          red += c[0];
          green += c[1];
          blue += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(red / covered) : 0;
      png.data[i + 1] = covered ? Math.round(green / covered) : 0;
      png.data[i + 2] = covered ? Math.round(blue / covered) : 0;
      png.data[i + 3] = Math.round((covered / samples ** 2) * 255);
    }
  }
  return PNG.sync.write(png);
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(here, "..", "addin", "assets");
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
    console.log(`addin/assets/icon-${size}.png`);
  }
}
