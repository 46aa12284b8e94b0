// The language table is the only place that knows the languages: these fail when code names one again.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, SOURCE_LOCALE, TARGET_LOCALES, collectionName, langAttr, sourceTextLang } from '../../src/lib/model';

const ROOT = join(import.meta.dirname, '../..');

describe('the language table', () => {
  it('has exactly one source language, and every other language is translated from it', () => {
    expect(LOCALES.filter((lang) => LANGUAGES[lang].isSource)).toEqual([SOURCE_LOCALE]);
    expect([...TARGET_LOCALES, SOURCE_LOCALE].sort()).toEqual([...LOCALES].sort());
  });

  it('has interface texts for every language', () => {
    for (const lang of LOCALES) expect(existsSync(join(ROOT, `content/ui/${lang}.yml`)), `content/ui/${lang}.yml`).toBe(true);
  });

  it('names collections and marks languages from the table', () => {
    expect(collectionName('guides', 'kl')).toBe('guidesKl');
    expect(sourceTextLang(SOURCE_LOCALE)).toBeUndefined();
    for (const lang of TARGET_LOCALES) expect(sourceTextLang(lang)).toBe(SOURCE_LOCALE);
    expect(langAttr('kl', 'kl')).toBeUndefined();
    expect(langAttr('kl', 'da')).toBe('kl');
  });

  it('is the only source file that compares a language code with a literal', () => {
    // git grep, so only files in the repository count (not a copy's build output); it exits 1 when nothing matches.
    const grep = spawnSync('git', ['grep', '-nE', "===? ?'(kl|da)'|'(kl|da)' ?===?", '--', 'src', 'cms', 'scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(grep.stdout).toBe('');
  });
});
