/**
 * Draws the SalesPace icon (three rising bars and a pace line on Fluent's brand blue) at the sizes the
 * manifest declares and writes real PNGs into assets/. Run `node scripts/make-icons.js` after changing it.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const AMBER = [255, 185, 0];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
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
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Colour of the point (x, y) in a unit square, or null for transparent. */
function shade(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const bars = [
    [0.2, 0.62],
    [0.42, 0.45],
    [0.64, 0.28],
  ];
  for (const [left, top] of bars) if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return WHITE;
  const lineY = 0.55 - (x - 0.15) * 0.5;
  if (x > 0.15 && x < 0.88 && Math.abs(y - lineY) < 0.035) return AMBER;
  return BLUE;
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rr = 0,
        gg = 0,
        bb = 0,
        aa = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (aa > 0) {
        px[i] = Math.round(rr / aa);
        px[i + 1] = Math.round(gg / aa);
        px[i + 2] = Math.round(bb / aa);
      }
      px[i + 3] = Math.round((255 * aa) / (samples * samples));
    }
  }
  return encodePng(size, px);
}

for (const size of SIZES) {
  const file = path.join(__dirname, "..", "assets", `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
