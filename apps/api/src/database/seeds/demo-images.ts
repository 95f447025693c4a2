import { deflateSync } from 'node:zlib';

/**
 * Product pictures for the demo catalogue, drawn here rather than downloaded: a card in the colour
 * of the product's large category, a simple pictogram, and the model name in a 5×7 pixel font.
 * Encoded as PNG by hand (zlib is all it takes), so no image library is needed.
 */

const WIDTH = 480;
const HEIGHT = 320;

type Rgb = [number, number, number];

/** One colour per large category (catalogue 2026): what a visitor learns to recognise. */
const CATEGORY_COLOURS: Record<string, Rgb> = {
  ENV: [46, 125, 80],
  SAF: [214, 110, 30],
  MED: [24, 118, 160],
  TRN: [63, 81, 181],
  ENE: [191, 144, 0],
  ICT: [123, 63, 160],
  DIS: [190, 50, 60],
  CON: [120, 85, 60],
};

const GLYPHS: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  G: ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  J: ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
  K: ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '10001', '11001', '10101', '10011', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  V: ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  Y: ['10001', '10001', '01010', '00100', '00100', '00100', '00100'],
  Z: ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};

class Canvas {
  readonly pixels = Buffer.alloc(WIDTH * HEIGHT * 3);

  fill(left: number, top: number, w: number, h: number, [r, g, b]: Rgb): void {
    const [x0, y0] = [Math.round(left), Math.round(top)];
    for (let y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(WIDTH, x0 + w); x++) this.set(x, y, r, g, b);
    }
  }

  disc(x: number, y: number, radius: number, [r, g, b]: Rgb): void {
    const [cx, cy] = [Math.round(x), Math.round(y)];
    for (let y = cy - radius; y <= cy + radius; y++) {
      for (let x = cx - radius; x <= cx + radius; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= 0 && y >= 0 && x < WIDTH && y < HEIGHT) this.set(x, y, r, g, b);
      }
    }
  }

  text(value: string, x0: number, y0: number, scale: number, colour: Rgb): void {
    [...value.toUpperCase()].forEach((char, i) => {
      const glyph = GLYPHS[char] ?? GLYPHS[' '];
      glyph.forEach((row, gy) =>
        [...row].forEach((bit, gx) => {
          if (bit === '1') this.fill(x0 + (i * 6 + gx) * scale, y0 + gy * scale, scale, scale, colour);
        }),
      );
    });
  }

  private set(x: number, y: number, r: number, g: number, b: number): void {
    const at = (y * WIDTH + x) * 3;
    this.pixels[at] = r;
    this.pixels[at + 1] = g;
    this.pixels[at + 2] = b;
  }

  png(): Buffer {
    const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
    for (let y = 0; y < HEIGHT; y++) this.pixels.copy(raw, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(WIDTH, 0);
    header.writeUInt32BE(HEIGHT, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  }
}

const mix = ([r, g, b]: Rgb, [r2, g2, b2]: Rgb, t: number): Rgb => [Math.round(r + (r2 - r) * t), Math.round(g + (g2 - g) * t), Math.round(b + (b2 - b) * t)];
const WHITE: Rgb = [255, 255, 255];

/** The product card: category colour, a pictogram of stacked shapes that varies by model, the model name. */
export function productImage(modelName: string, categoryCode: string): Buffer {
  const base = CATEGORY_COLOURS[categoryCode.slice(0, 3)] ?? [90, 90, 90];
  const canvas = new Canvas();
  canvas.fill(0, 0, WIDTH, HEIGHT, mix(base, WHITE, 0.82));
  canvas.fill(0, 232, WIDTH, HEIGHT - 232, base);
  // The pictogram: a device body with a display and an indicator, its proportions taken from the model name.
  const seed = [...modelName].reduce((s, c) => (s * 31 + c.charCodeAt(0)) % 997, 7);
  const bodyW = 150 + (seed % 60);
  const bodyH = 120 + (seed % 40);
  const bodyX = (WIDTH - bodyW) / 2;
  const bodyY = 200 - bodyH;
  canvas.fill(bodyX, bodyY, bodyW, bodyH, mix(base, [0, 0, 0], 0.15));
  canvas.fill(bodyX + 14, bodyY + 14, bodyW - 28, Math.round(bodyH * 0.45), mix(base, WHITE, 0.6));
  canvas.disc(bodyX + bodyW - 34, bodyY + bodyH - 30, 14, WHITE);
  canvas.fill(bodyX + 14, bodyY + bodyH - 38, Math.round(bodyW * 0.4), 10, mix(base, WHITE, 0.4));
  canvas.fill(bodyX - 20, 200, bodyW + 40, 12, mix(base, [0, 0, 0], 0.35));
  const scale = modelName.length > 8 ? 5 : 6;
  const textWidth = (modelName.length * 6 - 1) * scale;
  canvas.text(modelName, Math.round((WIDTH - textWidth) / 2), 255, scale, WHITE);
  return canvas.png();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
