/**
 * Draws the toolbar icon (a lens over two overlapping discs) into public/icon/<size>.png.
 * Run once when the design changes: `node --import tsx scripts/make-icons.ts`. No image library needed.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** Anti-aliased by 4×4 supersampling. */
function draw(size: number): Buffer {
  const shade = (u: number, v: number): [number, number, number, number] => {
    const cx = 0.42, cy = 0.42, r = 0.3;
    const d = Math.hypot(u - cx, v - cy);
    const onHandle = u > 0.6 && v > 0.6 && Math.abs(u - v) < 0.09 && u < 0.93;
    if (onHandle || (d > r && d < r + 0.08)) return [30, 41, 59, 255];
    if (d <= r) {
      const left = Math.hypot(u - 0.34, v - 0.42) < 0.16;
      const right = Math.hypot(u - 0.5, v - 0.42) < 0.16;
      if (left && right) return [124, 58, 237, 255];
      if (left) return [220, 38, 38, 255];
      if (right) return [37, 99, 235, 255];
      return [241, 245, 249, 255];
    }
    return [0, 0, 0, 0];
  };
  return png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const p = shade((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size);
        for (let k = 0; k < 3; k++) acc[k]! += p[k]! * p[3]!;
        acc[3]! += p[3]!;
      }
    const a = acc[3]! / 16;
    return a === 0 ? [0, 0, 0, 0] : [acc[0]! / acc[3]!, acc[1]! / acc[3]!, acc[2]! / acc[3]!, a].map(Math.round) as [number, number, number, number];
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('icons written to public/icon/');
