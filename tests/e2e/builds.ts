// The sites the browser tests build for themselves, once per run, each in a setup project (see playwright.config.ts).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Site } from './site';

const ROOT = resolve(import.meta.dirname, '../..');
/** tests/fixtures/site: a handful of guides, pages and places in each state content can be in. */
export const FIXTURE = join(ROOT, 'tests/fixtures/site');
/** The fixture site with a third language (English) added: only content and the language table change. */
export const THREE_LANGUAGES = join(ROOT, 'tests/fixtures/three-languages');

const built = (name: string, content: string): Site => ({ dist: join(tmpdir(), `ny-i-aalborg-e2e-${name}`, 'dist'), content, serve: true });
export const BUILD_DIR = (name: string) => join(tmpdir(), `ny-i-aalborg-e2e-${name}`);

export const FIXTURE_SITE = built('fixture', join(FIXTURE, 'content'));
/** A copy of the real content after a day of normal staff edits (tests/e2e/staff-edits/edits.setup.ts). */
export const STAFF_EDITS_SITE = built('staff-edits', join(BUILD_DIR('staff-edits'), 'content'));
export const THREE_LANGUAGES_SITE = built('three-languages', join(BUILD_DIR('three-languages'), 'content'));
/** What edits.setup.ts changed (which guides, page, step), for staff-edits.spec.ts to look for. */
export const STAFF_EDITS_FILE = join(BUILD_DIR('staff-edits'), 'edits.json');
