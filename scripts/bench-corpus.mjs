// The bench's synthetic content: the real guides, plus generated guides until there are `n` per language, each
// with its own picture (a noisy gradient, 1600×1000, JPEG or PNG) and a body shaped like a real guide's (600–900
// words, headings, lists, a table, links to other guides). Deterministic: the same n gives the same files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse, stringify } from 'yaml';
import { LOCALES, SOURCE_LOCALE } from '../src/lib/model.ts';

const WIDTH = 1600;
const HEIGHT = 1000;

/** A small seeded generator (mulberry32), so every run writes the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A picture like a photo to an encoder: a diagonal gradient between two colours with noise on every pixel. */
export async function writePicture(file, seed) {
  const next = random(seed);
  const [from, to] = [0, 1].map(() => [0, 1, 2].map(() => Math.floor(next() * 256)));
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0, i = 0; y < HEIGHT; y++)
    for (let x = 0; x < WIDTH; x++) {
      const t = (x / WIDTH + y / HEIGHT) / 2;
      for (let c = 0; c < 3; c++, i++) pixels[i] = from[c] + (to[c] - from[c]) * t + (next() - 0.5) * 48;
    }
  const image = sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } });
  await (file.endsWith('.png') ? image.png({ compressionLevel: 3 }) : image.jpeg({ quality: 82 })).toFile(file);
}

const splitFile = (text) => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front: parse(front), body };
};
const joinFile = (front, body) => `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}`;

/** Words of a language's real guide bodies, to write text with that language's word lengths. */
function vocabulary(folder) {
  const words = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => splitFile(readFileSync(join(folder, f), 'utf8')).body.split(/\s+/))
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter((w) => /^\p{L}[\p{L}-]*$/u.test(w));
  return [...new Set(words)];
}

/** A guide body: 600–900 words in sections with headings, paragraphs with links, lists and a table. */
function body(words, next, links, target) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const phrase = (min, max) => Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(words)).join(' ');
  const sentence = () => {
    const s = phrase(5, 14);
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const link = () => {
    const [text, href] = pick(links);
    return `[${text}](${href})`;
  };
  const parts = [];
  let count = 0;
  const add = (text) => {
    parts.push(text);
    count += text.split(/\s+/).length;
  };
  for (let section = 0; count < target; section++) {
    add(`## ${sentence().slice(0, -1)}`);
    for (let p = 1 + Math.floor(next() * 2); p > 0; p--)
      add(
        Array.from({ length: 2 + Math.floor(next() * 3) }, (_, i) =>
          i === 1 && next() < 0.5 ? `${sentence()} ${link()}.` : sentence(),
        ).join(' '),
      );
    if (section % 3 === 0) add(Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${phrase(3, 9)}`).join('\n'));
    if (section % 3 === 1) add(Array.from({ length: 3 + Math.floor(next() * 2) }, (_, i) => `${i + 1}. ${sentence()}`).join('\n'));
    if (section === 2) {
      const row = () => `| ${phrase(1, 3)} | ${phrase(2, 5)} | ${phrase(1, 4)} |`;
      add([row(), '| --- | --- | --- |', ...Array.from({ length: 3 + Math.floor(next() * 3) }, row)].join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Fills the copy in `dir` with generated guides until each language has `n`. Each takes the frontmatter of a real
 * guide (so translation states stay mixed as in the real content), a title of its own, its own picture, and a
 * generated body. Returns the slug of one generated guide, for the bench's rebuild.
 */
export async function fillCorpus(dir, n) {
  const folder = (lang) => join(dir, 'content/guides', lang);
  const originals = readdirSync(folder(SOURCE_LOCALE)).filter((f) => f.endsWith('.mdx'));
  const words = Object.fromEntries(LOCALES.map((lang) => [lang, vocabulary(folder(lang))]));
  const slugs = [
    ...originals.map((f) => f.replace(/\.mdx$/, '')),
    ...Array.from({ length: n - originals.length }, (_, i) => `eksempel-${i + 1}`),
  ];
  for (let i = 0; i < n - originals.length; i++) {
    const slug = `eksempel-${i + 1}`;
    const template = originals[i % originals.length];
    const picture = `${slug}.${i % 2 ? 'png' : 'jpg'}`;
    await writePicture(join(dir, 'content/images', picture), i + 1);
    for (const lang of LOCALES) {
      const from = join(folder(lang), template);
      if (!existsSync(from)) continue;
      const next = random((i + 1) * 7919 + lang.length);
      const { front } = splitFile(readFileSync(from, 'utf8'));
      front.title = `${front.title} (${i + 1})`;
      delete front.previousSlugs;
      const alt = Array.from({ length: 5 }, () => words[lang][Math.floor(next() * words[lang].length)]).join(' ');
      if (lang === SOURCE_LOCALE) front.image = { src: `../../images/${picture}`, alt };
      else front.imageAlt = alt;
      const links = Array.from({ length: 12 }, () => {
        const other = slugs[Math.floor(next() * slugs.length)];
        return [other.replace(/-/g, ' '), `/${lang}/${other}/`];
      });
      writeFileSync(join(folder(lang), `${slug}.mdx`), joinFile(front, body(words[lang], next, links, 600 + Math.floor(next() * 300))));
    }
  }
  return `eksempel-${Math.max(1, Math.floor((n - originals.length) / 2))}`;
}

/** One guide changed as staff change one: a new sentence in its Danish text and a new picture. */
export async function changeGuide(dir, slug) {
  const file = join(dir, 'content/guides', SOURCE_LOCALE, `${slug}.mdx`);
  const { front, body } = splitFile(readFileSync(file, 'utf8'));
  const picture = front.image.src.replace(/\.(png|jpg)$/, '-ny.$1');
  await writePicture(join(dir, 'content/images', picture.replace('../../images/', '')), 424242);
  writeFileSync(file, joinFile({ ...front, image: { ...front.image, src: picture } }, `${body}\nDenne guide er lige blevet rettet.\n`));
}
