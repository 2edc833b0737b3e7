#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in's icon, a three-light traffic signal (red, amber, green on a dark rounded body),
 * and writes it as PNG at every size the manifest declares: assets/icon-<size>.png.
 *
 * Node built-ins only, so the icons can be rebuilt anywhere: shapes are drawn from signed distance
 * functions (coverage = how far the pixel centre lies inside the edge, which anti-aliases for free)
 * into an RGBA buffer, then encoded as PNG with zlib and CRC-32.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/ beside this script's parent)
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];

const BODY = [0x24, 0x29, 0x31];
const LIGHTS = [
  [0xd1, 0x34, 0x38], // red
  [0xff, 0xb9, 0x00], // amber
  [0x2e, 0xb8, 0x3c], // green: lighter than Office green so it stands out on the dark body at 16 px
];

/** Signed distance from (px, py) to a rounded rectangle; negative inside. */
function roundedRectDistance(px, py, rect) {
  const halfW = rect.width / 2 - rect.radius;
  const halfH = rect.height / 2 - rect.radius;
  const dx = Math.abs(px - rect.cx) - halfW;
  const dy = Math.abs(py - rect.cy) - halfH;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  const inside = Math.min(Math.max(dx, dy), 0);
  return outside + inside - rect.radius;
}

function circleDistance(px, py, circle) {
  return Math.hypot(px - circle.cx, py - circle.cy) - circle.r;
}

/** Fraction of a pixel covered by a shape, from the distance at its centre (one-pixel ramp). */
function coverage(distance) {
  return Math.min(1, Math.max(0, 0.5 - distance));
}

/** Source-over compositing of a straight-alpha colour onto the RGBA buffer. */
function blend(pixels, offset, rgb, alpha) {
  if (alpha <= 0) return;
  const dstA = pixels[offset + 3] / 255;
  const outA = alpha + dstA * (1 - alpha);
  for (let channel = 0; channel < 3; channel++) {
    const dst = pixels[offset + channel];
    const mixed = (rgb[channel] * alpha + dst * dstA * (1 - alpha)) / outA;
    pixels[offset + channel] = Math.round(mixed);
  }
  pixels[offset + 3] = Math.round(outA * 255);
}

/** The icon's geometry, proportional to the canvas so every size has the same look. */
function layout(size) {
  const body = { cx: size / 2, cy: size / 2, width: size * 0.58, height: size * 0.96, radius: size * 0.16 };
  const lightRadius = size * 0.135;
  const lights = [0.2, 0.5, 0.8].map((fraction, index) => ({
    cx: size / 2,
    cy: size * 0.02 + body.height * fraction,
    r: lightRadius,
    rgb: LIGHTS[index],
  }));
  return { body, lights };
}

function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const { body, lights } = layout(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const offset = (y * size + x) * 4;
      blend(pixels, offset, BODY, coverage(roundedRectDistance(px, py, body)));
      for (const light of lights) blend(pixels, offset, light.rgb, coverage(circleDistance(px, py, light)));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    scanlines[y * (stride + 1)] = 0; // filter type None
    rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, drawIcon, SIZES };
