// Reading and writing translation files for the translation scripts: the Danish texts and their hash as the build
// computes them (src/lib/translation.ts), the stored copies of Danish versions, and the `translation:` block of a
// translation file, replaced as text so every other byte of the file stays as written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsYaml from 'js-yaml';
import YAML from 'yaml';
import { HASH_LENGTH, canonicalDanish, organisationTexts, originalTexts, uiTexts } from '../src/lib/translation.ts';
import { SOURCE_LOCALE } from '../src/lib/model.ts';

export const KINDS = ['guides', 'pages'];
/** The hash the build computes (src/lib/danish-hash.ts), with Node's SHA-256. */
export const danishHash = (texts) => createHash('sha256').update(canonicalDanish(texts)).digest('hex').slice(0, HASH_LENGTH);
/** Where a copy of every Danish version a translation follows is kept, by its hash (see README "Translations"). */
export const VERSIONS_DIR = 'content/danish-versions';

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const day = (value) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));
export const isoDay = (date) => day(date).toISOString().slice(0, 10);

/** A content file's frontmatter (parsed, and as text) and body. */
export function readContentFile(path) {
  const text = readFileSync(path, 'utf8');
  const match = FRONT.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter between --- lines`);
  return { text, front: match[1], data: jsYaml.load(match[1]) ?? {}, body: text.slice(match[0].length) };
}

/** The Danish original of a guide or page: its translatable texts, their hash and its "updated" date. */
export function danishVersion(root, kind, slug) {
  const path = join(root, 'content', kind, SOURCE_LOCALE, `${slug}.mdx`);
  const { data, body } = readContentFile(path);
  const texts = originalTexts(
    { title: String(data.title), summary: String(data.summary), keywords: data.keywords?.map(String), image: data.image },
    body,
  );
  return { path, texts, hash: danishHash(texts), updated: day(data.updated) };
}

/** The interface strings of the original language as one version; they carry no date, so `on` (the day it is recorded) stands for it. */
export function danishUiVersion(root, on) {
  const path = join(root, 'content', 'ui', `${SOURCE_LOCALE}.yml`);
  const texts = uiTexts(jsYaml.load(readFileSync(path, 'utf8')) ?? {});
  return { path, texts, hash: danishHash(texts), updated: on };
}

/** A place's Danish texts (name, helpsWith, note) as one version; `on` stands for its date. */
export function danishOrganisationVersion(root, id, on) {
  const path = join(root, 'content', 'organisations', `${id}.yml`);
  const texts = organisationTexts(jsYaml.load(readFileSync(path, 'utf8')) ?? {}, SOURCE_LOCALE);
  return { path, texts, hash: danishHash(texts), updated: on };
}

/** A place's file with its `translation:` block holding one record per language. */
export function withOrganisationTranslation(text, records) {
  const block = Object.entries(records)
    .map(
      ([lang, record]) =>
        `  ${lang}:\n${translationYaml(record)
          .split('\n')
          .slice(1)
          .filter(Boolean)
          .map((l) => `  ${l}`)
          .join('\n')}`,
    )
    .join('\n');
  return withTranslation(text.replace(/\n*$/, ''), null, `translation:\n${block}`) + '\n';
}

/** Keep a copy of a Danish version, so the changes since can be shown after the Danish file has changed. */
export function storeDanishVersion(root, version) {
  const file = join(root, VERSIONS_DIR, `${version.hash}.json`);
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ updated: isoDay(version.updated), texts: version.texts }, null, 2)}\n`);
}

/** The `translation:` block as YAML lines, fields in a fixed order, dates as YYYY-MM-DD. */
export function translationYaml(record) {
  const order = ['state', 'provenance', 'by', 'written', 'sentTo', 'sentOn', 'reviewedBy', 'reviewedOn', 'checkedBy', 'checkedOn'];
  const value = (v) => (v instanceof Date ? isoDay(v) : YAML.stringify(v, { lineWidth: 0 }).trim());
  const lines = order.filter((k) => record[k] !== undefined).map((k) => `  ${k}: ${value(record[k])}`);
  lines.push('  follows:', `    hash: ${record.follows.hash}`, `    updated: ${isoDay(record.follows.updated)}`);
  return `translation:\n${lines.join('\n')}\n`;
}

/** The record a file holds, with its dates as dates (undefined when it has none). */
export function readTranslation(data) {
  const t = data.translation;
  if (!t) return undefined;
  const dates = Object.fromEntries(
    ['written', 'sentOn', 'reviewedOn', 'checkedOn'].filter((k) => t[k] !== undefined).map((k) => [k, day(t[k])]),
  );
  return { ...t, ...dates, follows: t.follows && { hash: String(t.follows.hash), updated: day(t.follows.updated) } };
}

/** A frontmatter text with its `translation:` block (up to the next top-level key) replaced, or appended. */
export function withTranslation(front, record, written = translationYaml(record)) {
  const block = written.trimEnd();
  const lines = front.split('\n');
  const start = lines.findIndex((l) => /^translation:/.test(l));
  if (start < 0) return `${front}\n${block}`;
  let end = start + 1;
  while (end < lines.length && (/^\s/.test(lines[end]) || lines[end] === '')) end++;
  return [...lines.slice(0, start), block, ...lines.slice(end)].join('\n');
}

/** Every slug of a kind in the source language. */
export function slugsOf(root, kind) {
  return readdirSync(join(root, 'content', kind, SOURCE_LOCALE))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''))
    .sort();
}
