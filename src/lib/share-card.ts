// The picture a link shows when it is shared (Open Graph): the page's title in its language, drawn at build
// time. sharp sets each text in Noto Sans (Pango) and the layers are blended here onto a plain card: about 4 ms
// a card, where a Satori SVG drawn by sharp took 13 ms, which at 2 000 guides was half of the build. The JPEG is
// written without optimised Huffman tables: 10 % larger, half the time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { escapeHtml } from './text';
import { CARD } from './urls';

const PAD = { x: 48, y: 32 };
const BAR = 20;
type Colour = readonly [number, number, number];
const PAPER: Colour = [0xee, 0xf3, 0xf6];
const BLUE: Colour = [0x0b, 0x4f, 0x6c];
const INK: Colour = [0x1b, 0x1b, 0x1b];
const GREY: Colour = [0x4a, 0x4a, 0x4a];

/** A WOFF 1 font as the plain TrueType file Pango can load: the same tables, uncompressed. */
function woffToTtf(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) => woff.readUInt32BE(entry + at));
    const data = woff.subarray(offset, offset + compressed);
    return { tag, checksum, data: compressed < length ? inflateSync(data) : data };
  });
  const directory = Buffer.alloc(12 + count * 16);
  const power = 2 ** Math.floor(Math.log2(count));
  directory.writeUInt32BE(woff.readUInt32BE(4), 0); // the font's flavour: TrueType or CFF
  [count, power * 16, Math.log2(power), (count - power) * 16].forEach((value, i) => directory.writeUInt16BE(value, 4 + i * 2));
  let offset = directory.length;
  const bodies = tables.map(({ tag, checksum, data }, i) => {
    [tag, checksum, offset, data.length].forEach((value, j) => directory.writeUInt32BE(value, 12 + i * 16 + j * 4));
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    offset += padded.length;
    return padded;
  });
  return Buffer.concat([directory, ...bodies]);
}

// Latin and Latin Extended (for ĸ and the old-spelling vowels), regular and bold, from @fontsource/noto-sans.
// Pango loads a font file when a text names it; once loaded, every later text can use it.
let fontsLoaded: Promise<unknown> | undefined;
function loadFonts() {
  const require = createRequire(import.meta.url);
  fontsLoaded ??= Promise.all(
    ['latin', 'latin-ext'].flatMap((subset) =>
      ['400', '700'].map((weight) => {
        const fontfile = join(tmpdir(), `ny-i-aalborg-noto-sans-${subset}-${weight}.ttf`);
        writeFileSync(
          fontfile,
          woffToTtf(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`))),
        );
        return sharp({ text: { text: '.', fontfile } })
          .raw()
          .toBuffer();
      }),
    ),
  );
  return fontsLoaded;
}

/** One text, wrapped to the card's width: how much ink each pixel gets (one channel, 0–255). */
async function setText(text: string, size: number, bold: boolean) {
  await loadFonts();
  const font = `Noto Sans${bold ? ' Bold' : ''} ${size}`;
  const width = CARD.width - 2 * PAD.x;
  return sharp({ text: { text: escapeHtml(text), font, width, dpi: 72 } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
}

type Layer = Awaited<ReturnType<typeof setText>>;

/** Blends a text onto the card in one colour, cut at `bottom` should it run that far. */
function draw(card: Buffer, { data, info }: Layer, left: number, top: number, colour: Colour, bottom = CARD.height) {
  const rows = Math.min(info.height, bottom - top);
  const columns = Math.min(info.width, CARD.width - left);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const alpha = data[(y * info.width + x) * info.channels];
      if (!alpha) continue;
      const at = ((top + y) * CARD.width + left + x) * 3;
      for (let c = 0; c < 3; c++) card[at + c] = (colour[c] * alpha + card[at + c] * (255 - alpha)) / 255;
    }
  }
}

const BLANK = Buffer.alloc(CARD.width * CARD.height * 3);
for (let pixel = 0; pixel < CARD.width * CARD.height; pixel++) BLANK.set(pixel < CARD.width * BAR ? BLUE : PAPER, pixel * 3);
// Cards are drawn on reused buffers: a fresh megabyte for each of 2 000 cards kept the garbage collector busy.
const spare: Buffer[] = [];

// The site's name is the same on every card of a language: set once.
const siteNames = new Map<string, Promise<Layer>>();

/** A JPEG share card: the site name at the top, the title in the middle, the address at the bottom. */
export async function shareCard({ siteName, title, address }: { siteName: string; title: string; address: string }): Promise<Buffer> {
  const size = title.length > 110 ? 34 : title.length > 70 ? 40 : title.length > 40 ? 48 : 56;
  if (!siteNames.has(siteName)) siteNames.set(siteName, setText(siteName, 24, true));
  const [site, heading, link] = await Promise.all([siteNames.get(siteName)!, setText(title, size, true), setText(address, 22, false)]);
  const card = spare.pop() ?? Buffer.alloc(BLANK.length);
  BLANK.copy(card);
  const top = BAR + PAD.y;
  const bottom = CARD.height - PAD.y - link.info.height;
  const space = bottom - (top + site.info.height);
  draw(card, site, PAD.x, top, BLUE);
  draw(card, heading, PAD.x, (top + site.info.height + Math.max(0, (space - heading.info.height) / 2)) | 0, INK, bottom);
  draw(card, link, PAD.x, bottom, GREY);
  try {
    return await sharp(card, { raw: { ...CARD, channels: 3 } })
      .jpeg({ quality: 82, optimiseCoding: false })
      .toBuffer();
  } finally {
    spare.push(card);
  }
}
