// The CMS must offer exactly the fields the schemas define, with the same required fields and choices,
// so staff can neither miss a field the build needs nor write one the site ignores.
// It reads zod's internal schema shapes (`def`), which are not a public API: a zod upgrade may break this test
// without breaking the site; then adapt how it walks the schemas, not the schemas.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../cms/config';
import { EDITOR_COMPONENTS } from '../../cms/editor-components';
import { editedPaths, refusePath } from '../../scripts/cms-backend.mjs';
import { BODY_COMPONENTS } from '../../src/lib/body-rules';
import { contentSchemas } from '../../src/lib/schemas';

// A reference is written in a file as the referred entry's name, like a plain string.
const schemas = contentSchemas({ reference: () => z.string() as unknown as z.ZodType<{ id: string }> });
const guideDa = schemas.guideSource(() => z.string());

interface Shape {
  required: boolean;
  fields?: Record<string, Shape>;
  options?: string[];
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: string[];
};
const def = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** What a zod schema asks of a field: required or not, its subfields, its choices. */
function fromZod(schema: z.ZodType): Shape {
  const required = !schema.safeParse(undefined).success;
  let inner = schema;
  for (;;) {
    const d = def(inner);
    if (['optional', 'default', 'nullable', 'prefault'].includes(d.type)) inner = d.innerType!;
    else if (d.type === 'pipe') inner = def(d.in!).type === 'transform' ? d.out! : d.in!;
    else break;
  }
  const d = def(inner);
  if (d.type === 'array') return { ...fromZod(d.element!), required };
  if (d.type === 'enum') return { required, options: Object.values(d.entries!) };
  if (d.type === 'literal') return { required, options: [...d.values!] };
  if (d.type === 'object') return { required, fields: Object.fromEntries(Object.entries(d.shape!).map(([k, v]) => [k, fromZod(v)])) };
  if (d.type === 'union') {
    // A discriminated union offers the fields of all its forms; each is required only where every form requires it.
    const forms = d.options!.map(fromZod);
    const names = [...new Set(forms.flatMap((f) => Object.keys(f.fields ?? {})))];
    const field = (n: string): Shape => {
      const versions = forms.map((f) => f.fields?.[n]).filter((v) => v !== undefined);
      const options = versions.flatMap((v) => v.options ?? []);
      return { ...versions[0]!, required: false, ...(options.length ? { options } : {}) };
    };
    return { required, fields: Object.fromEntries(names.map((n) => [n, field(n)])) };
  }
  return { required };
}

/** What a CMS field asks for. */
function fromCms(fields: CmsField[]): Record<string, Shape> {
  return Object.fromEntries(
    fields.map((f) => {
      const sub = f.fields ?? f.field?.fields;
      const shape: Shape = { required: f.required !== false };
      if (sub) shape.fields = fromCms(sub);
      if (f.widget === 'select') shape.options = f.options!.map((o) => o.value);
      return [f.name, shape];
    }),
  );
}

/** Both files of a bilingual collection: fields in either language; required only where both require it. */
function merge(da: Shape, kl: Shape): Record<string, Shape> {
  const names = [...new Set([...Object.keys(da.fields!), ...Object.keys(kl.fields!)])].filter((n) => n !== 'slug');
  return Object.fromEntries(
    names.map((n) => [
      n,
      { ...(da.fields![n] ?? kl.fields![n])!, required: !!(da.fields![n]?.required && (kl.fields![n]?.required ?? true)) },
    ]),
  );
}

/** Subfields of optional objects are optional in the CMS (Decap cannot save them empty otherwise); the schema decides. */
function relax(shape: Record<string, Shape>, parentOptional = false): Record<string, Shape> {
  return Object.fromEntries(
    Object.entries(shape).map(([name, s]) => [
      name,
      {
        ...s,
        required: parentOptional ? false : s.required,
        ...(s.fields ? { fields: relax(s.fields, parentOptional || !s.required) } : {}),
      },
    ]),
  );
}

const config = cmsConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string) => (collection(name) as { fields: CmsField[] }).fields.filter((f) => f.name !== 'body');
const fileFields = (name: string, file: string) =>
  (collection(name) as { files: { name: string; fields: CmsField[] }[] }).files.find((f) => f.name === file)!.fields;

describe('the CMS offers exactly the fields of the content schemas', () => {
  it('guides: both languages', () => {
    expect(relax(fromCms(fieldsOf('guides')))).toEqual(relax(merge(fromZod(guideDa), fromZod(schemas.guideTranslation))));
  });
  it('pages: both languages', () => {
    expect(relax(fromCms(fieldsOf('pages')))).toEqual(relax(merge(fromZod(schemas.pageSource), fromZod(schemas.pageTranslation))));
  });
  it('organisations', () => {
    expect(relax(fromCms(fieldsOf('organisations')))).toEqual(relax(fromZod(schemas.organisation).fields!));
  });
  it('interface texts, in both languages', () => {
    for (const lang of ['da', 'kl']) expect(relax(fromCms(fileFields('ui', lang)))).toEqual(relax(fromZod(schemas.ui).fields!));
  });
  it('site settings and the journey', () => {
    expect(relax(fromCms(fileFields('settings', 'site')))).toEqual(relax(fromZod(schemas.settings).fields!));
    expect(relax(fromCms(fileFields('settings', 'journey')))).toEqual(relax(fromZod(schemas.journey).fields!));
  });
  it('the comparison notices a difference', () => {
    const withExtra = [...fieldsOf('pages'), { name: 'colour', label: 'Farve', widget: 'string' }];
    expect(relax(fromCms(withExtra))).not.toEqual(relax(merge(fromZod(schemas.pageSource), fromZod(schemas.pageTranslation))));
  });
});

describe('bodies', () => {
  it('every component a body may use has an editor component that writes it back exactly', () => {
    const samples: Record<string, string> = {
      Callout: '<Callout>\nHusk dit pas.\n</Callout>',
      OfficialStatementLink: '<OfficialStatementLink />',
      TranslationOverview: '<TranslationOverview />',
    };
    for (const name of BODY_COMPONENTS) {
      const text = samples[name]!;
      const component = EDITOR_COMPONENTS.find((c) => c.pattern.test(text) && c.id !== 'keepAsWritten')!;
      expect(component, name).toBeDefined();
      expect(component.toBlock(component.fromBlock(text.match(component.pattern)!))).toBe(text);
    }
  });
  it('every Markdown preview is sanitised, and editor components show text as text', () => {
    const all = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...all(f.fields ?? [])]);
    const fields = config.collections.flatMap((c) => ('fields' in c ? c.fields : c.files.flatMap((f) => f.fields))) as CmsField[];
    const markdown = all(fields).filter((f) => f.widget === 'markdown');
    expect(markdown.length).toBeGreaterThan(0);
    for (const field of markdown) expect(field.sanitize_preview, field.name).toBe(true);
    for (const component of EDITOR_COMPONENTS)
      expect(component.toPreview({ text: '<img onerror=x>', raw: '<img onerror=x>' })).not.toContain('<img');
  });
  it('anything else written as a block is kept as written', () => {
    const keep = EDITOR_COMPONENTS.at(-1)!;
    for (const text of ['<Unknown a="1">\nx\n</Unknown>', '<Thing />', '{"a"}']) {
      expect(keep.toBlock(keep.fromBlock(text.match(keep.pattern)!))).toBe(text);
    }
  });
});

describe('backends', () => {
  it('is the local decap-server unless an environment variable names a Git host', () => {
    expect(cmsConfig().backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(
      cmsConfig({ PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_REPO: 'aalborg/ny', PUBLIC_CMS_API_ROOT: 'https://git.example.dk/api/v1' })
        .backend,
    ).toEqual({
      name: 'gitea',
      repo: 'aalborg/ny',
      branch: 'main',
      api_root: 'https://git.example.dk/api/v1',
    });
  });
});

describe('the local backend', () => {
  const edited = editedPaths(config);
  it('allows every folder and file the configuration edits', () => {
    for (const path of [
      'content/guides',
      'content/guides/da/mitid.mdx',
      'content/images/kort.png',
      'content/ui/kl.yml',
      'content/journey/forste-uger.yml',
      'content/guides/da/trin-1...-og-2.mdx',
    ]) {
      expect(refusePath(path, edited), path).toBeUndefined();
    }
  });
  it('refuses anything else', () => {
    for (const path of [
      '.git/hooks/pre-commit',
      'src/pages/x.astro',
      'content/../src/x',
      '/etc/passwd',
      'content\\guides\\x.mdx',
      'C:/x',
      'content/guides/../../x',
      'content/ui/da.yml.bak',
      'content/guidesx/a.mdx',
      'content',
      '',
      undefined,
    ]) {
      expect(refusePath(path, edited), String(path)).toBeDefined();
    }
  });
});
