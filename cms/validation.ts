// Before an entry is saved, the CMS checks it with the build's own rules (src/lib/entry-check.ts) and shows each
// problem in Danish next to its field. Two ways in: every widget's isValid (Decap calls it on save for the
// left-hand pane, and we call it as a field changes), and a preSave listener that refuses the save while any
// problem stands (the Greenlandic pane, which Decap does not validate, and anything no field shows).
import CMS from 'decap-cms-app';
import { currentBackend } from 'decap-cms-core/dist/esm/backend';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { slugFormatter } from 'decap-cms-core/dist/esm/lib/formatters';
import { store } from 'decap-cms-core/dist/esm/redux';
import { checkEntry, type EntryData, type EntryIssue, type EntryKind, type KnownEntries } from '../src/lib/entry-check';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../src/lib/model';
import type { CmsField } from './config';
import { danish, REFUSED_SAVE } from './danish';

type Immutable = { get: (key: string) => any; getIn: (path: (string | number)[]) => any; toJS?: () => any };

/** The widgets the configuration uses; each gets the check. */
const WIDGETS = ['string', 'text', 'list', 'object', 'select', 'relation', 'datetime', 'number', 'boolean', 'markdown', 'image'];

/** Each field gets `check_path`, its place in the file's data without list positions ("sources.url"). */
export function withCheckPaths<C extends { collections: { fields?: CmsField[]; files?: { fields: CmsField[] }[] }[] }>(config: C): C {
  const mark = (fields: CmsField[], parent: string): CmsField[] =>
    fields.map((f) => {
      const path = parent ? `${parent}.${f.name}` : f.name;
      return { ...f, check_path: path, ...(f.fields ? { fields: mark(f.fields, path) } : {}) };
    });
  return {
    ...config,
    collections: config.collections.map((c) => ({
      ...c,
      ...(c.fields ? { fields: mark(c.fields, '') } : {}),
      ...(c.files ? { files: c.files.map((f) => ({ ...f, fields: mark(f.fields, '') })) } : {}),
    })),
  };
}

let known: KnownEntries | undefined;
let loading: Promise<KnownEntries | undefined> | undefined;
/** The names of the guides, pages and places that exist, from the backend the CMS saves to. */
function loadKnown(): Promise<KnownEntries | undefined> {
  loading ??= (async () => {
    try {
      const state = store.getState() as any;
      const backend = currentBackend(state.config);
      // A language folder may come with the slug ("da/mitid"): the file name is the last part.
      const names = async (collection: string) =>
        ((await backend.listAllEntries(state.collections.get(collection))) as { slug: string }[]).map((e) => fileName(e.slug));
      known = { guides: await names('guides'), pages: await names('pages'), organisations: await names('organisations') };
    } catch (error) {
      console.warn('Could not list the entries; references are left to the build', error);
    } finally {
      loading = undefined;
    }
    return known;
  })();
  return loading;
}

const plain = (value: unknown): EntryData => {
  const v = value as Immutable | undefined;
  return dropEmpty(v && typeof v.toJS === 'function' ? v.toJS() : (v ?? {})) as EntryData;
};
/** An emptied optional field is left out, as the build reads it. */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const kept = dropEmpty(v);
      return kept === '' ||
        kept === null ||
        kept === undefined ||
        (typeof kept === 'object' && !Array.isArray(kept) && Object.keys(kept as object).length === 0)
        ? []
        : [[k, kept]];
    });
    return Object.fromEntries(entries);
  }
  return value;
}

function kindOf(entry: Immutable): EntryKind | undefined {
  const collection = entry.get('collection');
  if (collection === 'settings') return entry.get('slug') === 'journey' ? 'journey' : 'settings';
  return (['guides', 'pages', 'organisations', 'ui'] as const).find((k) => k === collection);
}

const fileName = (slug: string) => slug.split('/').pop() ?? slug;

/** The file name the entry has, or will get from its title when it is new. */
function slugOf(entry: Immutable): string {
  const state = store.getState() as any;
  if (!entry.get('newRecord')) return fileName(entry.get('slug'));
  try {
    return fileName(slugFormatter(state.collections.get(entry.get('collection')), entry.get('data'), state.config.slug));
  } catch {
    return '';
  }
}

const memo = new WeakMap<object, EntryIssue[]>();
/** Every problem of the entry, in each language pane. */
export function entryIssues(entry: Immutable): EntryIssue[] {
  const cached = memo.get(entry);
  if (cached) return cached;
  const kind = kindOf(entry);
  if (!kind) return [];
  const data: Partial<Record<Locale, EntryData>> = { [SOURCE_LOCALE]: plain(entry.get('data')) };
  if (kind === 'guides' || kind === 'pages')
    for (const lang of LOCALES) if (lang !== SOURCE_LOCALE) data[lang] = plain(entry.getIn(['i18n', lang, 'data']));
  const issues = checkEntry(kind, data, slugOf(entry), known, Boolean(entry.get('newRecord')));
  memo.set(entry, issues);
  return issues;
}

/** Where an issue is shown: the field without list positions, and the rest of its path. */
const placeOf = (issue: EntryIssue) => {
  const index = issue.path.findIndex((p) => typeof p === 'number');
  return index < 0 ? { at: issue.path.join('.'), rest: [] } : { at: issue.path.slice(0, index).join('.'), rest: issue.path.slice(index) };
};

/** The label of a subfield named in a list item's path, for "nr. 2, Adresse: …". */
function restLabel(field: Immutable, rest: (string | number)[]): string {
  const parts = rest.map((p) => {
    if (typeof p === 'number') return `nr. ${p + 1}`;
    const sub = (field.get('fields')?.toJS?.() as CmsField[] | undefined)?.find((f) => f.name === p);
    return sub?.label ?? p;
  });
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** The problems one field shows, in Danish. */
function fieldMessages(props: { field: Immutable; locale?: string; getEntry?: () => Immutable }): string[] {
  const path = props.field.get('check_path');
  const entry = props.getEntry?.();
  if (!path || !entry) return [];
  const lang = (props.locale ?? SOURCE_LOCALE) as Locale;
  return entryIssues(entry)
    .filter((issue) => (issue.lang ?? SOURCE_LOCALE) === lang && placeOf(issue).at === path)
    .map((issue) => restLabel(props.field, placeOf(issue).rest) + danish(issue.message));
}

/** The widgets now on screen, so a refused save can show every problem at its field. */
const mounted = new Set<{ props: { validate?: () => void } }>();

function withEntryCheck(name: string) {
  const widget = (CMS as any).getWidget(name);
  if (!widget?.control?.prototype?.render) return;
  const Original = widget.control;
  class Checked extends Original {
    constructor(props: any) {
      super(props);
      const own = (this as any).isValid;
      (this as any).isValid = () => {
        const result = own ? own.call(this) : true;
        if (result !== true && result !== undefined && !(result && typeof result === 'object' && 'error' in result && !result.error))
          return result;
        const messages = fieldMessages((this as any).props);
        // As a "presence" error Decap tells why the save was refused (its message is reworded in registerEntryCheck).
        return messages.length ? { error: { type: 'PRESENCE', message: messages.join(' · ') } } : true;
      };
      void loadKnown();
    }
    componentDidMount() {
      super.componentDidMount?.();
      mounted.add(this as any);
    }
    componentWillUnmount() {
      super.componentWillUnmount?.();
      mounted.delete(this as any);
    }
    componentDidUpdate(previous: any, ...rest: unknown[]) {
      super.componentDidUpdate?.(previous, ...rest);
      // Checked as staff pause typing, so a message goes as soon as the mistake is mended.
      if (previous.value === (this as any).props.value) return;
      clearTimeout((this as any).checkTimer);
      (this as any).checkTimer = setTimeout(() => mounted.has(this as any) && (this as any).props.validate?.(), 400);
    }
  }
  // Registered again under its own name, with its preview and its options' schema (Decap's types omit the fourth).
  (CMS.registerWidget as (...args: unknown[]) => void)(name, Checked, widget.preview, widget.schema);
}

/** Installs the check on every widget and the refusal before saving; `da` is Decap's Danish phrases. */
export function registerEntryCheck(da?: { ui?: { toast?: Record<string, unknown> } }) {
  if (da?.ui?.toast) da.ui.toast.missingRequiredField = REFUSED_SAVE;
  for (const name of WIDGETS) withEntryCheck(name);
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: Immutable }) => {
      await loadKnown();
      memo.delete(entry);
      const issues = entryIssues(entry);
      if (issues.length === 0) return undefined;
      for (const widget of mounted) widget.props.validate?.();
      const where = (issue: EntryIssue) => `${issue.lang ? `${issue.lang}: ` : ''}${issue.path.join('.')}`;
      throw new Error(`Rettes før der kan gemmes. ${issues.map((i) => `${where(i)}: ${danish(i.message)}`).join(' · ')}`);
    },
  } as never);
}

/**
 * The guides' and pages' file format: Decap's own frontmatter, but a language pane with no text yet writes no file.
 * Decap writes every language's file of a new entry, and a Greenlandic file holding only the translation's state
 * would stop the build; without it the guide is shown in Danish under the "not translated yet" notice.
 */
export const TEXT_FORMAT = 'frontmatter-text';
export function registerTextFormat() {
  const hasText = (data: Record<string, unknown>) =>
    ['title', 'summary', 'body'].some((key) => typeof data[key] === 'string' && (data[key] as string).trim() !== '');
  (CMS.registerCustomFormat as (...args: unknown[]) => void)(TEXT_FORMAT, 'mdx', {
    fromFile: (content: string) => FrontmatterInfer.fromFile(content),
    toFile: (data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>) =>
      hasText(data) ? FrontmatterInfer.toFile(data, sortedKeys, comments) : '',
  });
}
