#!/usr/bin/env node
/**
 * Draws the add-in's icons (scripts/addin-files.js ICONS: assets/<name>-<size>.png) without any
 * image library, as shapes in unit coordinates (0..1 across the icon) rendered with 4x4
 * supersampling and written as RGBA PNGs through zlib:
 *   icon      the add-in: a Fluent-blue rounded square holding a white ledger page with three
 *             ruled lines and a check mark (IconUrl, the ribbon group, the 客户日志 button);
 *   register  登记: a page with a blue plus badge;
 *   due       今日跟进: a calendar with a blue clock badge;
 *   audit     审计: a magnifying glass over a blue check.
 * The button icons follow the ribbon's style (dark outline, one blue accent, transparent ground)
 * so they read at 16 px. Deterministic: running it again gives the same bytes.
 * Run: node scripts/make-icons.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { ICONS, iconFile } = require("./addin-files");

const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent 2 brand blue
const WHITE = [0xff, 0xff, 0xff];
const INK = [0x42, 0x42, 0x42]; // Fluent 2 neutral foreground 2
const SAMPLES = 4;

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py <= halfWidth * halfWidth;
}

function inCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A rounded rectangle drawn as an INK outline of width `stroke` around a WHITE inside; null outside. */
function outlinedBox(x, y, box, stroke) {
  const [x0, y0, x1, y1, r] = box;
  if (!inRoundedRect(x, y, x0, y0, x1, y1, r)) return null;
  return inRoundedRect(x, y, x0 + stroke, y0 + stroke, x1 - stroke, y1 - stroke, Math.max(0, r - stroke)) ? WHITE : INK;
}

/**
 * A round BRAND badge at the lower right, cut out of what lies under it by a transparent ring, with
 * a WHITE glyph (`glyph(x, y)` true where it is drawn). Returns a colour, "cut" in the ring, or
 * undefined outside the badge.
 */
function badge(x, y, glyph) {
  const cx = 0.71;
  const cy = 0.71;
  if (inCircle(x, y, cx, cy, 0.25)) return glyph(x - cx, y - cy) ? WHITE : BRAND;
  if (inCircle(x, y, cx, cy, 0.32)) return "cut";
  return undefined;
}

const STROKE = 0.07;
const HALF = 0.045;

const SHADES = {
  icon(x, y) {
    if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
    const onPage = inRoundedRect(x, y, 0.22, 0.16, 0.78, 0.84, 0.06);
    if (!onPage) return BRAND;
    const rule = [0.34, 0.48, 0.62].some((ly) => nearSegment(x, y, 0.32, ly, 0.68, ly, 0.035));
    const check = nearSegment(x, y, 0.42, 0.74, 0.5, 0.8, 0.04) || nearSegment(x, y, 0.5, 0.8, 0.66, 0.66, 0.04);
    return rule || check ? BRAND : WHITE;
  },
  register(x, y) {
    const b = badge(x, y, (u, v) => nearSegment(u, v, -0.13, 0, 0.13, 0, HALF) || nearSegment(u, v, 0, -0.13, 0, 0.13, HALF));
    if (b !== undefined) return b === "cut" ? null : b;
    const page = outlinedBox(x, y, [0.12, 0.04, 0.72, 0.9, 0.08], STROKE);
    if (page === WHITE && [0.3, 0.48].some((ly) => nearSegment(x, y, 0.27, ly, 0.57, ly, HALF * 0.8))) return INK;
    return page;
  },
  due(x, y) {
    const b = badge(x, y, (u, v) => nearSegment(u, v, 0, 0, 0, -0.14, HALF * 0.9) || nearSegment(u, v, 0, 0, 0.11, 0.06, HALF * 0.9));
    if (b !== undefined) return b === "cut" ? null : b;
    if ([0.3, 0.6].some((rx) => nearSegment(x, y, rx, 0.04, rx, 0.2, HALF))) return INK;
    const cal = outlinedBox(x, y, [0.06, 0.1, 0.9, 0.88, 0.08], STROKE);
    if (cal === WHITE && y < 0.3) return BRAND;
    if (cal === WHITE && [0.22, 0.42].some((dx) => inRoundedRect(x, y, dx, 0.42, dx + 0.12, 0.54, 0.02))) return INK;
    return cal;
  },
  audit(x, y) {
    const cx = 0.4;
    const cy = 0.4;
    if (nearSegment(x, y, 0.62, 0.62, 0.9, 0.9, 0.075)) return INK;
    if (inCircle(x, y, cx, cy, 0.34)) {
      if (!inCircle(x, y, cx, cy, 0.34 - STROKE)) return INK;
      const check = nearSegment(x, y, 0.26, 0.41, 0.36, 0.51, HALF) || nearSegment(x, y, 0.36, 0.51, 0.55, 0.31, HALF);
      return check ? BRAND : WHITE;
    }
    return null;
  },
};

function render(size, shade = SHADES.icon) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const root = path.join(__dirname, "..");
  for (const [name, sizes] of Object.entries(ICONS)) {
    for (const size of sizes) {
      const file = path.join(root, iconFile(size, name));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, encodePng(size, render(size, SHADES[name])));
      console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
    }
  }
}

if (require.main === module) main();
module.exports = { encodePng, render, SHADES };
