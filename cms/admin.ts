// The /admin/ page's script: Decap CMS bundled from npm (by src/integrations/cms-bundle.ts), in Danish, on the local backend unless PUBLIC_CMS_BACKEND says otherwise.
import CMS from 'decap-cms-app';
import { da } from 'decap-cms-locales';
import siteCss from '../src/styles/site.css?raw';
import { cmsConfig } from './config';
import { DanishVersionControl } from './danish-version';
import { EDITOR_COMPONENTS } from './editor-components';
import { ArticlePreview, OrganisationPreview } from './previews';
import { registerEntryCheck, registerTextFormat, withCheckPaths } from './validation';

// Under `astro dev` a saved file makes Vite reload every page; the editor would lose its "saved" message. Vite's
// client reloads a page for a path ending in .html only when it is that page.
if (import.meta.env.DEV) {
  const viteClient = '/@vite/client'; // a variable, so esbuild leaves the import to the browser
  import(viteClient).then(({ createHotContext }) =>
    createHotContext('/admin/cms.js').on(
      'vite:beforeFullReload',
      (payload: { path?: string }) => void (payload.path = '/__not-the-admin__.html'),
    ),
  );
}

// Raw Markdown is the editor's first mode: it keeps a body byte for byte. Staff can switch to rich text.
if (!localStorage.getItem('cms.md-mode')) localStorage.setItem('cms.md-mode', 'raw');

// The build's own rules, checked before every save (cms/validation.ts); it rewords one of Decap's Danish phrases.
registerEntryCheck(da as never);
registerTextFormat();
CMS.registerLocale('da', da);
CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewTemplate('guides', ArticlePreview);
CMS.registerPreviewTemplate('pages', ArticlePreview);
CMS.registerPreviewTemplate('organisations', OrganisationPreview);
for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component);
CMS.registerWidget('danish-version', DanishVersionControl as never);
// Lists written with "-", as in our files, so a rich-text save does not rewrite every list.
CMS.registerRemarkPlugin({ settings: { bullet: '-' } } as never);
CMS.init({ config: withCheckPaths(cmsConfig(import.meta.env)) as never });

// Decap's preview frame has no name; screen reader users need one to find it.
new MutationObserver(() => {
  const frame = document.getElementById('preview-pane');
  if (frame && !frame.title) frame.title = 'Forhåndsvisning af siden';
}).observe(document.body, { childList: true, subtree: true });
