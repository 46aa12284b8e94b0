// Facts as data through a real Astro run on a copy of the project with the fixture site's content: opening hours that do not parse, a weekday given
// twice and a phone number in another format are refused, each with the file and the field named; a source with no
// address or document, and a detail both unconfirmed and confirmed, too.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroIn, copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function syncWith(file: string, edit: (text: string) => string) {
  const dir = copyProject({ prefix: 'facts-schema', fixture: join(root, 'tests/fixtures/site') });
  copies.push(dir);
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return astroIn(dir, 'sync');
}

// A place of the fixture site with a phone, opening and phone hours, a source with an address, and unconfirmed details.
const ORG = 'content/organisations/hjaelpestedet.yml';
/** Replaces one top-level YAML key and the indented lines under it. */
const setKey = (key: string, yaml: string) => (text: string) => text.replace(new RegExp(`^${key}:.*(\\n[ -].*)*`, 'm'), yaml);

describe('opening hours, weekdays and phone numbers are checked', () => {
  it('bad opening hours, a duplicated weekday and a malformed phone number: each refused with the file and the field', () => {
    const { status, output } = syncWith(ORG, (t) =>
      setKey(
        'hours',
        'hours:\n  - days: [mon, wed]\n    time: 8.30–15',
      )(
        setKey(
          'phoneHours',
          'phoneHours:\n  - days: [mon, tue]\n    time: 08:30–15:00\n  - days: [tue, fri]\n    time: 08:30–12:00',
        )(setKey('phone', 'phone: "9931 1530"')(t)),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('hjaelpestedet');
    expect(output).toContain(ORG);
    expect(output).toMatch(/hours\.0\.time.*"8\.30–15" is not a time range: write it as 08:00–15:30/);
    expect(output).toMatch(/phoneHours\.1\.days.*tue is given twice \(also in line 1\)/);
    expect(output).toMatch(/phone.*must be written like 98 14 68 00/);
  });

  it('a source with neither an address nor a document', () => {
    const { status, output } = syncWith(ORG, (t) => t.replace(/^ {4}url: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(ORG);
    expect(output).toMatch(/sources\.0\.url.*give the source's address \(url: https:\/\/…\) or name the document/);
  });

  it('a detail listed as unconfirmed after someone confirmed it', () => {
    const { status, output } = syncWith(ORG, (t) => `${t}confirmed:\n  phone:\n    by: Test Testesen\n    on: 2026-11-29\n`);
    expect(status).not.toBe(0);
    expect(output).toContain(ORG);
    expect(output).toMatch(/unconfirmed.*phone is confirmed \(confirmed\.phone\): remove it from "unconfirmed"/);
  });
});
