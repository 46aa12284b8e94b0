// npm run translation:export / translation:import / translation:confirm (README "Sending texts to a translator").
//   export [--out FILE] [--to NAME] [--lang kl] [--dry-run] [--prefill] [slug …]   XLIFF 1.2 of every missing or outdated text, or of the named ones;
//                                                                       their existing translations are marked "sent"
//   import FILE [--by NAME] [--machine] [--date YYYY-MM-DD]             the translated file back: all of it, or nothing
//   confirm SLUG --by NAME [--lang kl]                                  "checked, still correct" against the Danish as it is now
//   draft SLUG --by NAME [--machine] [--lang kl]                        a new draft written against the Danish as it is now
// Every command takes --root DIR (default: this project).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { SOURCE_LOCALE, TARGET_LOCALES } from '../src/lib/model.ts';
import { transition, translationStatus } from '../src/lib/translation.ts';
import jsYaml from 'js-yaml';
import {
  KINDS,
  VERSIONS_DIR,
  danishOrganisationVersion,
  danishUiVersion,
  danishVersion,
  withOrganisationTranslation,
  isoDay,
  readContentFile,
  readTranslation,
  slugsOf,
  storeDanishVersion,
  withTranslation,
} from './translation-files.mjs';
import {
  TRANSLATOR_UNIT,
  originalUnits,
  plainText,
  readXliff,
  signature,
  targetMarkdown,
  uiUnits,
  writeXliff,
} from './translation-xliff.mjs';

/** The name of the interface strings in the scripts and in an XLIFF file. */
const UI = 'ui';

const today = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
const fileOf = (root, kind, lang, slug) => join(root, 'content', kind, lang, `${slug}.mdx`);

/** A slug, or kind/slug, as the text it names. */
function findText(root, name) {
  const [kind, slug] = name.includes('/') ? name.split('/') : [KINDS.find((k) => existsSync(fileOf(root, k, SOURCE_LOCALE, name))), name];
  if (!kind || !existsSync(fileOf(root, kind, SOURCE_LOCALE, slug))) throw new Error(`no Danish guide or page named "${name}" in content/`);
  return { kind, slug };
}

/** The units of a Danish original as it is now, and (for an outdated translation) of the Danish version it follows. */
export function unitsOf(root, kind, slug, lang) {
  const { data, body } = readContentFile(fileOf(root, kind, SOURCE_LOCALE, slug));
  const klPath = fileOf(root, kind, lang, slug);
  const record = existsSync(klPath) ? readTranslation(readContentFile(klPath).data) : undefined;
  const current = danishVersion(root, kind, slug);
  let previous;
  const stored = record && record.follows.hash !== current.hash && join(root, VERSIONS_DIR, `${record.follows.hash}.json`);
  if (stored && existsSync(stored)) {
    const { texts } = JSON.parse(readFileSync(stored, 'utf8'));
    const old = originalUnits({
      kind,
      slug,
      data: { title: texts.title, summary: texts.summary, image: texts.imageAlt && { alt: texts.imageAlt }, keywords: texts.keywords },
      body: texts.body ?? '',
    });
    previous = new Map(old.map((u) => [u.id, signature(u.value)]));
  }
  return { units: originalUnits({ kind, slug, data, body, previous }), body, record, current, klPath };
}

/** The interface strings' units, their translation record and the Danish strings as they are now. */
function uiUnitsOf(root, lang, on) {
  const klPath = join(root, 'content', 'ui', `${lang}.yml`);
  const current = danishUiVersion(root, on);
  const record = existsSync(klPath) ? readTranslation(jsYaml.load(readFileSync(klPath, 'utf8')) ?? {}) : undefined;
  return { name: UI, units: uiUnits(current.texts), record, current, klPath };
}

/** A place's units (name, what it helps with, its note: plain text), its record and its Danish texts as they are now. */
function placeUnitsOf(root, id, lang, on) {
  const klPath = join(root, 'content', 'organisations', `${id}.yml`);
  if (!existsSync(klPath)) throw new Error(`no place named "${id}" in content/organisations/`);
  const data = jsYaml.load(readFileSync(klPath, 'utf8')) ?? {};
  const current = danishOrganisationVersion(root, id, on);
  const where = `Stedet "${current.texts.name}" (content/organisations/${id}.yml)`;
  const what = { name: 'navn', helpsWith: 'hvad stedet hjælper med', note: 'bemærkning (undtagelser, "spørg først")' };
  const units = Object.entries(current.texts)
    .filter(([, text]) => text)
    .map(([field, text]) => ({
      id: field,
      plain: true,
      content: [String(text)],
      value: String(text),
      note: `${where} — ${what[field] ?? field}.`,
    }));
  return {
    name: `steder/${id}`,
    id,
    place: true,
    units,
    record: data.translation?.[lang] && readTranslation({ translation: data.translation[lang] }),
    current,
    klPath,
  };
}
const placeIds = (root) =>
  readdirSync(join(root, 'content', 'organisations'))
    .filter((n) => n.endsWith('.yml'))
    .map((n) => n.replace(/\.yml$/, ''))
    .sort();

/** @param {{ root?: string, names?: string[], lang?: string, to?: string, on?: Date, markSent?: boolean, prefill?: boolean }} [options] */
export async function exportXliff({
  root = '.',
  names = [],
  lang = TARGET_LOCALES[0],
  to,
  on = today(),
  markSent = true,
  prefill = false,
} = {}) {
  const needed = ({ record, current }) => ['missing', 'outdated'].includes(translationStatus(record, current).state);
  const chosen = names.length
    ? names.filter((n) => n !== UI && !n.startsWith('steder/')).map((n) => findText(root, n))
    : KINDS.flatMap((kind) => slugsOf(root, kind).map((slug) => ({ kind, slug }))).filter(({ kind, slug }) =>
        needed(unitsOf(root, kind, slug, lang)),
      );
  const ui = uiUnitsOf(root, lang, on);
  const texts = [
    ...chosen.map(({ kind, slug }) => ({ kind, slug, name: `${kind}/${slug}`, ...unitsOf(root, kind, slug, lang) })),
    ...((names.length ? names.includes(UI) : needed(ui)) ? [ui] : []),
    ...(names.length ? names.filter((n) => n.startsWith('steder/')).map((n) => n.slice('steder/'.length)) : placeIds(root))
      .map((id) => placeUnitsOf(root, id, lang, on))
      .filter((place) => names.length || needed(place)),
  ];
  const xml = await writeXliff(texts, lang, { prefill });
  if (markSent) {
    for (const t of texts.filter((t) => t.record && !t.place)) {
      const text = readFileSync(t.klPath, 'utf8');
      const front = t.name === UI ? text.replace(/\n*$/, '') : readContentFile(t.klPath).front;
      writeFileSync(t.klPath, text.replace(front, withTranslation(front, transition(t.record, { type: 'send', to, on }))));
    }
  }
  return { xml, texts: texts.map(({ name, units }) => ({ name, units: units.length })) };
}

/** Refuses with every problem, naming each unit; writes nothing unless the whole file is good. */
/** @param {{ root?: string, xml: string, by?: string, machine?: boolean, on?: Date }} options */
export async function importXliff({ root = '.', xml, by, machine = false, on = today() }) {
  const { targetLanguage, files } = await readXliff(xml);
  const lang = TARGET_LOCALES.find((l) => l === targetLanguage);
  if (!lang)
    throw new Error(`the file's target-language is "${targetLanguage}", not one the site translates into (${TARGET_LOCALES.join(', ')})`);
  const problems = [];
  let translator = by;
  const writes = [];
  for (const [name, fileUnits] of Object.entries(files)) {
    if (fileUnits[TRANSLATOR_UNIT]) translator ||= signature(fileUnits[TRANSLATOR_UNIT].target).trim();
    let text;
    try {
      text = name === UI || name.startsWith('steder/') ? { name } : findText(root, name);
    } catch (error) {
      problems.push(`${name}: ${error.message}`);
      continue;
    }
    const { units, body, record, current, klPath } =
      name === UI
        ? uiUnitsOf(root, lang, on)
        : name.startsWith('steder/')
          ? placeUnitsOf(root, name.slice('steder/'.length), lang, on)
          : unitsOf(root, text.kind, text.slug, lang);
    const known = new Set([TRANSLATOR_UNIT, ...units.map((u) => u.id)]);
    for (const id of Object.keys(fileUnits).filter((id) => !known.has(id)))
      problems.push(`${name}#${id}: not in the current Danish text (the Danish has changed since this file was made)`);
    const translated = new Map();
    for (const unit of units) {
      const got = fileUnits[unit.id];
      const where = `${name}#${unit.id}`;
      if (!got) problems.push(`${where}: missing from the file`);
      else if (signature(got.source) !== signature(unit.value))
        problems.push(
          `${where}: its Danish source no longer matches the current Danish text ("${signature(got.source).slice(0, 60)}" ≠ "${signature(unit.value).slice(0, 60)}")`,
        );
      else if (!signature(got.target)) problems.push(`${where}: has no translation`);
      else {
        try {
          const localise = (close) => close.replace(`](/${SOURCE_LOCALE}/`, `](/${lang}/`);
          translated.set(
            unit.id,
            unit.front
              ? signature(got.target).replace(/\u00ad/g, '')
              : unit.plain
                ? targetMarkdown(got.target, unit, localise, plainText).trim()
                : targetMarkdown(got.target, unit, localise),
          );
        } catch (error) {
          problems.push(`${where}: ${error.message}`);
        }
      }
    }
    writes.push({ text, units, body, record, current, klPath, translated });
  }
  // A target still equal to its Danish source may be a unit left untranslated (in a pre-filled file): say so, do not refuse (names like MitID stay).
  for (const [name, fileUnits] of Object.entries(files)) {
    const same = Object.entries(fileUnits)
      .filter(([id, u]) => id !== TRANSLATOR_UNIT && signature(u.target) && signature(u.target) === signature(u.source))
      .map(([id]) => id);
    if (same.length)
      console.warn(`${name}: ${same.length} unit(s) still read as the Danish: ${same.join(', ')}. Check they need no translation.`);
  }
  if (translator === 'Oversætterens navn') translator = by;
  if (!translator)
    problems.push(
      `${TRANSLATOR_UNIT}: the translator's name is missing (write it as the translation of the unit "${TRANSLATOR_UNIT}", or pass --by NAME)`,
    );
  if (problems.length) throw new Error(`Nothing was written. The file cannot be imported:\n- ${problems.join('\n- ')}`);

  const written = [];
  for (const { text, units, body, record, current, klPath, translated } of writes) {
    const next = transition(record, { type: 'translate', by: translator, on, provenance: machine ? 'machine' : 'person', danish: current });
    if (text.name?.startsWith('steder/')) {
      // Each field's translation set beside its Danish, the rest of the place's file kept; the record under translation.<lang>.
      const doc = YAML.parseDocument(readFileSync(klPath, 'utf8'));
      for (const unit of units) doc.setIn([unit.id, lang], translated.get(unit.id));
      const records = Object.fromEntries(
        Object.entries(doc.toJS().translation ?? {}).map(([l, r]) => [l, readTranslation({ translation: r })]),
      );
      records[lang] = next;
      doc.delete('translation');
      writeFileSync(klPath, withOrganisationTranslation(doc.toString({ lineWidth: 0, flowCollectionPadding: false }), records));
      storeDanishVersion(root, current);
      written.push(klPath);
      continue;
    }
    if (text.name === UI) {
      // Each string set in place, the others (and comments) kept; month names as a list.
      const doc = YAML.parseDocument(readFileSync(klPath, 'utf8'));
      doc.delete('translation');
      const months = [];
      for (const unit of units) {
        const [key, index] = unit.id.split('.');
        if (index) months[Number(index) - 1] = translated.get(unit.id);
        else doc.set(key, translated.get(unit.id));
      }
      if (months.length) {
        const list = doc.createNode(months);
        list.flow = true;
        doc.set('months', list);
      }
      writeFileSync(klPath, withTranslation(doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(), next) + '\n');
      storeDanishVersion(root, current);
      written.push(klPath);
      continue;
    }
    // The body: the Danish body with each block's text replaced, from the end so earlier places stay put.
    let klBody = body;
    for (const unit of units.filter((u) => !u.front).sort((a, b) => b.start - a.start))
      klBody = klBody.slice(0, unit.start) + translated.get(unit.id) + klBody.slice(unit.end);
    const existing = existsSync(klPath) ? readContentFile(klPath) : undefined;
    const doc = YAML.parseDocument(existing?.front ?? '');
    if (!existing) doc.contents = doc.createNode({});
    doc.delete('translation');
    doc.set('title', translated.get('title'));
    doc.set('summary', translated.get('summary'));
    if (translated.has('imageAlt')) doc.set('imageAlt', translated.get('imageAlt'));
    if (translated.has('keywords')) {
      const list = doc.createNode(
        translated
          .get('keywords')
          .split(/\s*,\s*/)
          .filter(Boolean),
      );
      list.flow = true;
      doc.set('keywords', list);
    }
    doc.set('updated', isoDay(on));
    const front = withTranslation(doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(), next);
    writeFileSync(klPath, `---\n${front}\n---\n\n${klBody.replace(/^\n+/, '')}`);
    storeDanishVersion(root, current);
    written.push(klPath);
  }
  return { written, translator, lang };
}

/** A translation file and the Danish it translates: a guide or page by its slug, or the interface strings ("ui"). */
function translationFile(root, name, lang, on) {
  if (name === 'ui') {
    const path = join(root, 'content', 'ui', `${lang}.yml`);
    const text = readFileSync(path, 'utf8');
    return {
      klPath: path,
      file: { text, front: text.replace(/\n*$/, ''), data: jsYaml.load(text) ?? {} },
      current: danishUiVersion(root, on),
    };
  }
  const { kind, slug } = findText(root, name);
  const klPath = fileOf(root, kind, lang, slug);
  if (!existsSync(klPath)) throw new Error(`${klPath}: write the translation file first`);
  return { klPath, file: readContentFile(klPath), current: danishVersion(root, kind, slug) };
}

/** A place's texts ("steder/<id>"): the record sits under translation.<lang> in the place's own file. */
function recordForPlace(root, name, lang, on, event) {
  const id = name.slice('steder/'.length);
  const path = join(root, 'content', 'organisations', `${id}.yml`);
  if (!existsSync(path)) throw new Error(`no place named "${id}" in content/organisations/`);
  const text = readFileSync(path, 'utf8');
  const records = Object.fromEntries(
    Object.entries(jsYaml.load(text)?.translation ?? {}).map(([l, r]) => [l, readTranslation({ translation: r })]),
  );
  const current = danishOrganisationVersion(root, id, on);
  records[lang] = transition(records[lang], { ...event, danish: current });
  writeFileSync(path, withOrganisationTranslation(text, records));
  storeDanishVersion(root, current);
  return path;
}

/** A draft written (by a person, or with machine help) in an editor against the Danish as it is now. */
export function recordDraft({ root = '.', name, by, machine = false, lang = TARGET_LOCALES[0], on = today() }) {
  if (!by) throw new Error('say who wrote it: --by NAME');
  if (name.startsWith('steder/'))
    return recordForPlace(root, name, lang, on, { type: 'draft', provenance: machine ? 'machine' : 'person', by, on });
  const { klPath, file, current } = translationFile(root, name, lang, on);
  const next = transition(readTranslation(file.data), {
    type: 'draft',
    provenance: machine ? 'machine' : 'person',
    by,
    on,
    danish: current,
  });
  writeFileSync(klPath, file.text.replace(file.front, withTranslation(file.front, next)));
  storeDanishVersion(root, current);
  return klPath;
}

export function confirmCurrent({ root = '.', name, by, lang = TARGET_LOCALES[0], on = today() }) {
  if (!by) throw new Error('say who checked it: --by NAME');
  if (name.startsWith('steder/')) return recordForPlace(root, name, lang, on, { type: 'confirm', by, on });
  const { klPath, file, current } = translationFile(root, name, lang, on);
  const next = transition(readTranslation(file.data), { type: 'confirm', by, on, danish: current });
  writeFileSync(klPath, file.text.replace(file.front, withTranslation(file.front, next)));
  storeDanishVersion(root, current);
  return klPath;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      prefill: { type: 'boolean' },
      root: { type: 'string', default: '.' },
      out: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      by: { type: 'string' },
      machine: { type: 'boolean' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const root = resolve(values.root);
  const on = values.date ? new Date(`${values.date}T00:00:00Z`) : today();
  const lang = values.lang ?? TARGET_LOCALES[0];
  if (command === 'export') {
    const { xml, texts } = await exportXliff({
      root,
      names: positionals,
      lang,
      to: values.to,
      on,
      markSent: !values['dry-run'],
      prefill: values.prefill,
    });
    if (!texts.length) return console.log('Nothing to send: every text has a translation that follows the current Danish.');
    const out = values.out ?? `oversaettelse-${isoDay(on)}.xlf`;
    writeFileSync(out, xml);
    console.log(
      `${out}: ${texts.length} text(s) for translation into ${lang}:\n${texts.map((t) => `- ${t.name} (${t.units} units)`).join('\n')}`,
    );
    if (!values['dry-run']) console.log('Their existing translations are marked "sent to translator".');
  } else if (command === 'import') {
    if (!positionals[0]) throw new Error('name the XLIFF file: npm run translation:import -- FILE');
    const { written, translator } = await importXliff({
      root,
      xml: readFileSync(positionals[0], 'utf8'),
      by: values.by,
      machine: values.machine,
      on,
    });
    console.log(
      `Translated by ${translator}, written:\n${written.map((f) => `- ${f}`).join('\n')}\nRun npm run check, then review the texts.`,
    );
  } else if (command === 'confirm') {
    console.log(
      `${confirmCurrent({ root, name: positionals[0], by: values.by, lang, on })}: follows the Danish text as it is now, checked by ${values.by}.`,
    );
  } else if (command === 'draft') {
    console.log(
      `${recordDraft({ root, name: positionals[0], by: values.by, machine: values.machine, lang, on })}: a draft by ${values.by}, following the Danish text as it is now.`,
    );
  } else {
    throw new Error('usage: node scripts/translation.mjs export|import|confirm|draft … (see the first lines of this file)');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
