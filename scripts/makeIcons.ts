import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/**
 * Draws the Teams app icons (made here, not downloaded): a calendar page with a check mark.
 * color.png 192×192 on a blue tile; outline.png 32×32, white on transparent, as Teams requires.
 * Run: npx tsx scripts/makeIcons.ts (the PNGs are committed).
 */
type RGBA = [number, number, number, number];

function canvas(size: number, background: RGBA) {
  const png = new PNG({ width: size, height: size });
  const set = (x: number, y: number, [r, g, b, a]: RGBA) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (size * y + x) << 2;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = a;
  };
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) set(x, y, background);
  const rect = (x0: number, y0: number, x1: number, y1: number, color: RGBA) => {
    for (let y = Math.round(y0); y < Math.round(y1); y++) for (let x = Math.round(x0); x < Math.round(x1); x++) set(x, y, color);
  };
  const line = (x0: number, y0: number, x1: number, y1: number, width: number, color: RGBA) => {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
    for (let s = 0; s <= steps; s++) {
      const cx = x0 + ((x1 - x0) * s) / steps;
      const cy = y0 + ((y1 - y0) * s) / steps;
      rect(cx - width / 2, cy - width / 2, cx + width / 2, cy + width / 2, color);
    }
  };
  return { png, rect, line, set };
}

/** The glyph on a unit square scaled to `size`: calendar outline, two rings, header bar and a check mark. */
function glyph(c: ReturnType<typeof canvas>, size: number, color: RGBA, stroke: number) {
  const u = (v: number) => v * size;
  const [l, t, r, b] = [u(0.2), u(0.24), u(0.8), u(0.8)];
  c.rect(l, t, r, t + stroke, color);
  c.rect(l, b - stroke, r, b, color);
  c.rect(l, t, l + stroke, b, color);
  c.rect(r - stroke, t, r, b, color);
  c.rect(l, t, r, u(0.36), color);
  c.rect(u(0.32), u(0.16), u(0.32) + stroke, u(0.3), color);
  c.rect(u(0.68) - stroke, u(0.16), u(0.68), u(0.3), color);
  c.line(u(0.34), u(0.58), u(0.46), u(0.69), stroke * 1.2, color);
  c.line(u(0.46), u(0.69), u(0.68), u(0.46), stroke * 1.2, color);
}

const out = path.join(__dirname, '..', 'teamsAppManifest');
const white: RGBA = [255, 255, 255, 255];

const color = canvas(192, [0, 83, 155, 255]);
glyph(color, 192, white, 10);
writeFileSync(path.join(out, 'color.png'), PNG.sync.write(color.png));

const outline = canvas(32, [0, 0, 0, 0]);
glyph(outline, 32, white, 2);
writeFileSync(path.join(out, 'outline.png'), PNG.sync.write(outline.png));
console.log('wrote color.png and outline.png');
