// The picture a link shows when it is shared (Open Graph): the page's title in its language, drawn at build
// time. Satori turns the layout into an SVG with the text as outlines, so no system font is needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export const CARD = { width: 800, height: 420 };

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${file}.woff`));
// Latin and Latin Extended (for ĸ and the old-spelling vowels), regular and bold.
const FONTS = ['400', '700'].flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({ name: 'Noto Sans', data: font(`${subset}-${weight}-normal`), weight: Number(weight) as 400 | 700 })),
);

type Node = { type: string; props: { style: Record<string, unknown>; children: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

/** A JPEG share card with the site name, the title and the address. */
export async function shareCard({ siteName, title, address }: { siteName: string; title: string; address: string }): Promise<Buffer> {
  const size = title.length > 70 ? 40 : title.length > 40 ? 48 : 56;
  const svg = await satori(
    box({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#eef3f6', color: '#1b1b1b', fontFamily: 'Noto Sans' }, [
      box({ display: 'flex', height: 20, background: '#0b4f6c' }, []),
      box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '32px 48px' }, [
        box({ fontSize: 24, fontWeight: 700, color: '#0b4f6c' }, siteName),
        box({ fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
        box({ fontSize: 22, color: '#4a4a4a' }, address),
      ]),
    ]) as never,
    { ...CARD, fonts: FONTS },
  );
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: false }).toBuffer();
}
