// The Decap CMS configuration, written in TypeScript from the same choices the content schemas use
// (src/lib/model.ts, src/lib/video.ts, src/i18n/ui-keys.ts). tests/unit/cms-config.test.ts fails if the
// fields here and the zod schemas in src/lib/schemas.ts drift apart.
import { UI_KEYS } from '../src/i18n/ui-keys';
import {
  LANGUAGES,
  LOCALES,
  PAGE_SECTIONS,
  PROVENANCES,
  SOURCE_LOCALE,
  TRANSLATION_STATES,
  THEMES,
  type Locale,
  type Theme,
} from '../src/lib/model';
import { WEEKDAYS } from '../src/lib/facts';
import { PROVIDERS } from '../src/lib/video';

/** A Decap field, as far as this site uses them. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  i18n?: boolean;
  hint?: string;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  [setting: string]: unknown;
}

export interface CmsBackendEnv {
  /** github, gitlab or gitea; unset means the local backend (scripts/cms-backend.mjs on 127.0.0.1:8081). */
  PUBLIC_CMS_BACKEND?: string;
  PUBLIC_CMS_REPO?: string;
  PUBLIC_CMS_BRANCH?: string;
  PUBLIC_CMS_BASE_URL?: string;
  PUBLIC_CMS_API_ROOT?: string;
}

export const LOCAL_BACKEND_URL = 'http://127.0.0.1:8081/api/v1';

const THEME_LABELS: Record<Theme, string> = {
  arrival: 'Ankomst og registrering',
  housing: 'Bolig',
  work: 'Arbejde og ydelser',
  education: 'Uddannelse og danskundervisning',
  health: 'Sundhed',
  children: 'Børn og familie',
  money: 'Penge',
  networks: 'Netværk og fritid',
  help: 'Hjælp og rådgivning',
};

const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
const optional = (field: CmsField): CmsField => ({ ...field, required: false });
/** An optional object whose subfields are optional too (Decap cannot save it empty otherwise); the schema decides. */
const optionalSubfields = (field: CmsField): CmsField => ({ ...optional(field), fields: field.fields?.map(optional) });
const text = (name: string, label: string, extra: Partial<CmsField> = {}): CmsField => ({ name, label, widget: 'string', ...extra });
const both = (name: string, label: string, widget = 'string'): CmsField => ({
  name,
  label,
  widget: 'object',
  // The original's language first, as staff write it first.
  fields: [SOURCE_LOCALE, ...LOCALES.filter((lang) => lang !== SOURCE_LOCALE)].map((lang) => ({
    name: lang,
    label: LANGUAGES[lang].cms.fieldLabel,
    widget,
  })),
});
const select = (name: string, label: string, values: readonly string[], labels: Record<string, string> = {}): CmsField => ({
  name,
  label,
  widget: 'select',
  options: values.map((value) => ({ value, label: labels[value] ?? value })),
});

/** A choice among the entries of another collection, stored as their file names. */
const relation = (name: string, label: string, collection: 'organisations' | 'guides', multiple = true): CmsField => {
  const shown = collection === 'organisations' ? `name.${SOURCE_LOCALE}` : 'title';
  return {
    name,
    label,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    multiple,
  };
};

/** Fields both guide and page files have: written in each language (subfields too, or Decap hides them). */
const translated = (field: CmsField): CmsField => ({
  ...field,
  i18n: true,
  ...(field.fields ? { fields: field.fields.map(translated) } : {}),
});
/** Fields entered once, stored in the Danish file only. */
const shared = (field: CmsField): CmsField => ({ ...field, i18n: false });

// Every subfield is optional in the form: Decap shows the object in the Danish pane too, where a required subfield
// would refuse every save of a Danish text. The schema decides, checked before saving (cms/validation.ts).
const translation: CmsField = translated(
  optionalSubfields({
    name: 'translation',
    label: 'Oversættelsens status',
    widget: 'object',
    hint: 'Kun for oversættelser (ikke den danske tekst). Kladde → sendt til oversætter → oversat → gennemgået. Er den danske tekst ændret siden "Følger den danske tekst", er oversættelsen forældet, uanset status.',
    fields: [
      {
        ...select('state', 'Status', TRANSLATION_STATES, {
          draft: 'Kladde',
          sent: 'Sendt til oversætter',
          translated: 'Oversat',
          reviewed: 'Gennemgået',
        }),
        default: 'draft',
      },
      {
        ...select('provenance', 'Lavet af', PROVENANCES, {
          person: 'En person',
          machine: 'Maskinoversættelse eller AI (læserne får det at vide)',
        }),
        default: 'person',
      },
      text('by', 'Skrevet eller oversat af', { hint: 'Navnet på den, der skrev kladden eller oversatte teksten' }),
      optional({ name: 'written', label: 'Skrevet eller leveret den', ...DATE }),
      optional(text('sentTo', 'Sendt til')),
      optional({ name: 'sentOn', label: 'Sendt den', ...DATE }),
      optional(text('reviewedBy', 'Gennemgået af')),
      optional({ name: 'reviewedOn', label: 'Gennemgået den', ...DATE }),
      optional(
        text('checkedBy', 'Tjekket mod den nye danske tekst af', {
          hint: 'Når den danske tekst er ændret, men oversættelsen stadig er rigtig',
        }),
      ),
      optional({ name: 'checkedOn', label: 'Tjekket den', ...DATE }),
      {
        name: 'follows',
        label: 'Følger den danske tekst',
        widget: 'danish-version',
        hint: 'Hvilken dansk tekst oversættelsen er lavet efter. Tryk kun på knappen, når oversættelsen svarer til den danske tekst, som den er nu.',
        fields: [text('hash', 'Tekstens fingeraftryk'), { name: 'updated', label: 'Dansk opdateret', ...DATE }],
      },
    ],
  }),
);

const body: CmsField = translated({
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  // Raw Markdown first: it keeps the text byte for byte. The rich-text mode uses the editor components.
  modes: ['raw', 'rich_text'],
  editor_components: ['callout', 'officialStatementLink', 'translationOverview', 'keepAsWritten'],
  // The preview renders a body's HTML in the CMS's own page: DOMPurify strips scripts and event handlers first.
  sanitize_preview: true,
  hint: 'Skriv kort og enkelt. Brug ## til overskrifter.',
});

/** Where facts come from: an address or a document, the source's own date, and the day we read it. */
const sources: CmsField = {
  name: 'sources',
  label: 'Kilder',
  widget: 'list',
  fields: [
    text('name', 'Kilde'),
    optional(text('url', 'Adresse (https://…)', { hint: 'Eller skriv dokumentet nedenfor, hvis kilden ikke har en adresse' })),
    optional(text('document', 'Dokument uden adresse', { hint: 'fx shared/seeds/000_e0a0dd4577c24389.txt' })),
    optional(
      text('published', 'Kildens egen dato', {
        hint: 'Som kilden selv viser den: 2025, 2025-03 eller 2025-03-14. Tom, hvis kilden ingen dato har.',
      }),
    ),
    { name: 'read', label: 'Læst af os den', hint: 'Den dag, én af os læste kilden. Skriv aldrig en dag, hvor ingen læste den.', ...DATE },
    optional({ name: 'storedCopy', label: 'Læst i en gemt kopi (ikke på den levende side)', widget: 'boolean', default: false }),
  ],
};

const WEEKDAY_LABELS = { mon: 'mandag', tue: 'tirsdag', wed: 'onsdag', thu: 'torsdag', fri: 'fredag', sat: 'lørdag', sun: 'søndag' };
/** Opening or phone hours: a line per group of weekdays, each weekday once. */
const hours = (name: string, label: string): CmsField =>
  optional({
    name,
    label,
    widget: 'list',
    hint: 'Én linje pr. tidsrum. Hver ugedag må kun stå én gang. Undtagelser skrives i "Bemærkning".',
    fields: [
      { ...select('days', 'Dage', WEEKDAYS, WEEKDAY_LABELS), multiple: true },
      text('time', 'Tid', { hint: 'fx 08:00–15:30 (24-timers ur). Slutter den efter midnat: 18:00–07:00' }),
    ],
  });
const confirmation = (field: string, label: string): CmsField =>
  // Subfields of an optional object are optional here (Decap could not save the entry with it empty); the schema decides.
  optional({
    name: field,
    label,
    widget: 'object',
    fields: [optional(text('by', 'Bekræftet af')), optional({ name: 'on', label: 'Bekræftet den', ...DATE })],
  });

const guideFields: CmsField[] = [
  translated(text('title', 'Titel')),
  translated({ name: 'summary', label: 'Kort resumé', widget: 'text' }),
  shared(select('theme', 'Emne', THEMES, THEME_LABELS)),
  shared(optional({ name: 'order', label: 'Rækkefølge i emnet', widget: 'number', value_type: 'int', min: 0 })),
  shared(
    optional({
      name: 'previousSlugs',
      label: 'Tidligere adresser',
      widget: 'list',
      hint: 'Har guiden skiftet navn? Skriv det gamle filnavn her (fx mit-id), så gamle links og plakater stadig virker.',
    }),
  ),
  shared(optional(relation('organisations', 'Steder, der hjælper', 'organisations'))),
  translated(optional({ name: 'keywords', label: 'Søgeord (også danske ord fra breve)', widget: 'list' })),
  translated({ name: 'updated', label: 'Opdateret', ...DATE }),
  translated(
    optional({
      name: 'changes',
      label: 'Ændringer (vises under "Hvad er ændret" og i nyhedsfeedet)',
      widget: 'list',
      fields: [
        { name: 'date', label: 'Dato', ...DATE },
        { name: 'note', label: 'Hvad er ændret (kort)', widget: 'string' },
      ],
    }),
  ),
  shared({ ...sources, hint: 'Hvor fakta i guiden kommer fra. Læser du en kilde igen, så skriv dagen i "Læst af os den".' }),
  shared(
    optional({
      name: 'responsible',
      label: 'Hvem bestemmer? (for en ret eller en pligt)',
      widget: 'list',
      fields: [
        text('authority', 'Myndighed'),
        text('decides', 'Hvad den afgør'),
        optional(text('law', 'Lov eller regel')),
        text('url', 'Link til loven eller myndighedens egen side (https://…)'),
      ],
    }),
  ),
  shared(
    optional({
      name: 'image',
      label: 'Billede',
      widget: 'object',
      fields: [optional({ name: 'src', label: 'Billede', widget: 'image' }), optional(text('alt', 'Beskrivelse af billedet (alt-tekst)'))],
    }),
  ),
  translated(
    optional(
      text('imageAlt', 'Billedets beskrivelse i oversættelsen', { hint: 'Kun for oversættelser: billedet vælges i den danske tekst' }),
    ),
  ),
  shared(
    optional({
      name: 'video',
      label: 'Video',
      widget: 'object',
      hint: 'Enten en fil, vi selv har (webm/mp4), eller en video hos YouTube, Vimeo eller TwentyThree. Altid undertekster på begge sprog.',
      fields: [
        optional(select('kind', 'Slags', ['file', 'provider'], { file: 'Vores egen fil', provider: 'Hos en udbyder' })),
        optional(text('webm', 'WebM-fil', { hint: 'fx /videos/mitid/mitid.webm' })),
        optional(text('mp4', 'MP4-fil', { hint: 'fx /videos/mitid/mitid.mp4' })),
        optional(select('provider', 'Udbyder', PROVIDERS)),
        optional(text('id', 'Videoens id hos udbyderen')),
        optional(text('host', 'TwentyThree-domæne')),
        optional(text('poster', 'Billede før afspilning', { hint: 'fx /videos/mitid/poster.jpg' })),
        optional({ name: 'duration', label: 'Længde i sekunder', widget: 'number', value_type: 'float' }),
        optional({
          name: 'captions',
          label: 'Undertekster (WebVTT)',
          widget: 'object',
          fields: LOCALES.map((lang) => optional(text(lang, LANGUAGES[lang].cms.label))),
        }),
        optional({ name: 'example', label: 'Eksempelvideo (ikke en rigtig film)', widget: 'boolean' }),
      ],
    }),
  ),
  translation,
  body,
];

const pageFields: CmsField[] = [
  translated(text('title', 'Titel')),
  translated({ name: 'summary', label: 'Kort resumé', widget: 'text' }),
  shared({
    ...select('section', 'Sektion', PAGE_SECTIONS, { about: 'Om siden', professionals: 'For fagfolk' }),
    required: false,
    default: 'about',
  }),
  translated({ name: 'updated', label: 'Opdateret', ...DATE }),
  translation,
  body,
];

const UNCONFIRMABLE = ['phone', 'email', 'address', 'hours', 'phoneHours', 'website'] as const;
const organisationFields: CmsField[] = [
  both('name', 'Navn'),
  both('helpsWith', 'Hjælper med', 'text'),
  optional(text('website', 'Hjemmeside (https://…)')),
  optional(text('phone', 'Telefon', { hint: 'fx 98 14 68 00 (fire par cifre, uden +45), eller +299 32 10 00' })),
  optional(text('email', 'E-mail')),
  optional({
    name: 'address',
    label: 'Adresse',
    widget: 'object',
    fields: [
      optional(text('street', 'Gade og nummer')),
      optional(text('postcode', 'Postnummer', { hint: '4 cifre, fx 9000' })),
      optional(text('town', 'By')),
    ],
  }),
  hours('hours', 'Åbningstider'),
  hours('phoneHours', 'Telefontid'),
  (() => {
    const note = both('note', 'Bemærkning (undtagelser, "spørg …")', 'text');
    return optional({ ...note, fields: note.fields!.map(optional), hint: 'Den grønlandske tekst kan vente: så vises den danske.' });
  })(),
  { ...sources, hint: 'Hvor oplysningerne kommer fra, og hvornår vi læste kilden.' },
  optional({
    ...select('unconfirmed', 'Ikke bekræftet (vises som "tjek før du bruger det")', UNCONFIRMABLE),
    multiple: true,
    hint: 'Oplysninger fra et gammelt dokument. Når nogen har bekræftet en oplysning hos stedet, så fjern den her og skriv hvem og hvornår nedenfor.',
  }),
  optional({
    name: 'confirmed',
    label: 'Bekræftet hos stedet',
    widget: 'object',
    fields: [
      confirmation('phone', 'Telefon'),
      confirmation('email', 'E-mail'),
      confirmation('address', 'Adresse'),
      confirmation('hours', 'Åbningstider'),
      confirmation('phoneHours', 'Telefontid'),
      confirmation('website', 'Hjemmeside'),
    ],
  }),
  optional({
    name: 'translation',
    label: 'Oversættelsernes status',
    widget: 'object',
    hint: 'Navn, "hjælper med" og bemærkning på de andre sprog. Fingeraftrykket skrives af npm run translation:draft -- steder/<id>.',
    fields: LOCALES.filter((lang) => lang !== SOURCE_LOCALE).map((lang) => ({
      ...plainTranslation(LANGUAGES[lang].cms.fieldLabel),
      name: lang,
      label: LANGUAGES[lang].cms.fieldLabel,
    })),
  }),
];

/** A translation state outside a guide or page (interface strings, places): as a guide's, but without the button,
 * since the Danish lives in another file or field; the fingerprint is written by npm run translation:draft/confirm. */
function plainTranslation(hint: string): CmsField {
  const { i18n: _, ...fields } = translation;
  return {
    ...fields,
    hint,
    fields: translation.fields!.map(({ i18n: _f, ...field }) =>
      field.name === 'follows' ? { ...field, widget: 'object', fields: field.fields!.map(({ i18n: _s, ...sub }) => sub) } : field,
    ),
  };
}
const uiTranslation = plainTranslation(
  'Kun i oversættelser (tom i den danske fil). Fingeraftrykket skrives af npm run translation:draft -- ui eller translation:confirm -- ui.',
);

const uiFields = (lang: Locale): CmsField[] => [
  ...UI_KEYS.map((key) => text(key, key, { hint: key.startsWith('theme_') ? 'Navnet på et emne' : undefined })),
  { name: 'months', label: 'Månedernes navne (januar først)', widget: 'list', min: 12, max: 12, hint: LANGUAGES[lang].cms.label },
  uiTranslation,
];

const settingsFields: CmsField[] = [
  both('siteName', 'Sidens navn'),
  text('municipality', 'Kommune'),
  optional(text('accessibilityStatementUrl', 'Link til tilgængelighedserklæringen på was.digst.dk')),
  relation('defaultHelp', 'Steder i hjælpeboksen, når en guide ikke nævner nogen', 'organisations'),
  optional(relation('interpreterGuide', 'Guiden om tolk', 'guides', false)),
  optional({
    name: 'maxSourceAgeMonths',
    label: 'Hvor mange måneder en kilde må gå ulæst',
    widget: 'number',
    value_type: 'int',
    min: 1,
    max: 120,
    default: 12,
    hint: 'Ældre læsninger vises af npm run check, på /status/ og i CMS’ets forhåndsvisning.',
  }),
];

const journeyFields: CmsField[] = [
  both('title', 'Titel'),
  both('intro', 'Indledning', 'text'),
  optional({
    name: 'questions',
    label: 'Spørgsmål (højst to)',
    widget: 'list',
    hint: 'Læseren svarer ved at trykke på et svar og ser så kun de trin, der passer. Hvert svar får sin egen side.',
    fields: [
      both('text', 'Spørgsmål'),
      {
        name: 'answers',
        label: 'Svar (mindst to)',
        widget: 'list',
        fields: [
          text('id', 'Id', { hint: 'Bliver en del af adressen: kun a–z, 0–9 og bindestreg, fx med-boern. Hvert svar sit eget id.' }),
          both('label', 'Svar'),
        ],
      },
    ],
  }),
  {
    name: 'steps',
    label: 'Trin (guider i rækkefølge)',
    widget: 'list',
    fields: [
      relation('guide', 'Guide', 'guides', false),
      optional({
        name: 'when',
        label: 'Kun for læsere, der svarede',
        widget: 'list',
        hint: 'Svarenes id, fx med-boern, arbejde. Tom: trinnet er for alle.',
      }),
    ],
  },
];

function backend(env: CmsBackendEnv) {
  if (!env.PUBLIC_CMS_BACKEND) return { name: 'proxy', proxy_url: LOCAL_BACKEND_URL, branch: 'main' };
  return {
    name: env.PUBLIC_CMS_BACKEND,
    repo: env.PUBLIC_CMS_REPO,
    branch: env.PUBLIC_CMS_BRANCH ?? 'main',
    ...(env.PUBLIC_CMS_BASE_URL ? { base_url: env.PUBLIC_CMS_BASE_URL } : {}),
    ...(env.PUBLIC_CMS_API_ROOT ? { api_root: env.PUBLIC_CMS_API_ROOT } : {}),
  };
}

const mdxCollection = (name: string, label: string, singular: string, fields: CmsField[]) => ({
  name,
  label,
  label_singular: singular,
  folder: `content/${name}`,
  extension: 'mdx',
  // Decap's frontmatter, except that a language with no text yet gets no file (registerTextFormat in cms/validation.ts).
  format: 'frontmatter-text',
  create: true,
  i18n: true,
  identifier_field: 'title',
  summary: '{{title}}',
  fields,
});

/** The whole configuration handed to CMS.init(). */
export function cmsConfig(env: CmsBackendEnv = {}) {
  return {
    load_config_file: false,
    backend: backend(env),
    locale: 'da',
    site_url: '/',
    display_url: '/',
    media_folder: 'content/images',
    public_folder: '../../images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: SOURCE_LOCALE },
    collections: [
      mdxCollection('guides', 'Guider', 'Guide', guideFields),
      mdxCollection('pages', 'Sider', 'Side', pageFields),
      {
        name: 'organisations',
        label: 'Steder, der hjælper',
        label_singular: 'Sted',
        folder: 'content/organisations',
        extension: 'yml',
        format: 'yml',
        create: true,
        identifier_field: `name.${SOURCE_LOCALE}`,
        slug: `{{fields.name.${SOURCE_LOCALE}}}`,
        summary: `{{name.${SOURCE_LOCALE}}}`,
        fields: organisationFields,
      },
      {
        name: 'ui',
        label: 'Tekster i brugerfladen',
        files: LOCALES.map((lang) => ({
          name: lang,
          label: LANGUAGES[lang].cms.label,
          file: `content/ui/${lang}.yml`,
          format: 'yml',
          fields: uiFields(lang),
        })),
      },
      {
        name: 'settings',
        label: 'Indstillinger',
        files: [
          { name: 'site', label: 'Sidens indstillinger', file: 'content/settings/site.yml', format: 'yml', fields: settingsFields },
          {
            name: 'journey',
            label: 'Dine første uger (trin for trin)',
            file: 'content/journey/forste-uger.yml',
            format: 'yml',
            fields: journeyFields,
          },
        ],
      },
    ],
  };
}
