// ESLint: JavaScript's and TypeScript's recommended rules, and Astro's for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'deploy/', '.cache/', 'node_modules/', 'public/', 'content/', 'tests/fixtures/', 'test-results/', '.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // A leading underscore names what is taken apart only to be left out ({ contentModuleTypes: _, ...rest }).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The content checks look for control characters on purpose: pasted text must not carry them.
      'no-control-regex': 'off',
    },
  },
  // Decap's widget props and its store have no types; the CMS code reads them as they come.
  { files: ['cms/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Tests read staff's YAML and MDX frontmatter, whose shape is the schema's business, not theirs.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
