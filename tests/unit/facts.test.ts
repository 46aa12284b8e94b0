// Facts as data: times, weekdays, phone numbers, and the age of our readings (src/lib/facts.ts).
import { describe, expect, it } from 'vitest';
import {
  PHONE_PATTERN,
  ageReportLines,
  hoursProblems,
  monthsBefore,
  normaliseTimeRange,
  staleFacts,
  telHref,
  timeRangeProblem,
  type FactHolder,
} from '../../src/lib/facts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const guide = (id: string, ...read: string[]): FactHolder => ({
  kind: 'guide',
  id,
  file: `content/guides/da/${id}.mdx`,
  title: id,
  sources: read.map((r, i) => ({ name: `Kilde ${i + 1}`, url: `https://kilde.example/${id}/${i}`, read: day(r) })),
});

describe('the age of our readings', () => {
  const today = day('2026-11-29');

  it('lists a guide whose sources were all read longer ago than the limit, with what to re-read', () => {
    const stale = staleFacts([guide('gammel', '2025-06-01', '2025-10-01')], today, 12);
    expect(stale).toHaveLength(1);
    expect(stale[0]!.holder.id).toBe('gammel');
    expect(stale[0]!.newest).toEqual(day('2025-10-01'));
    expect(stale[0]!.reread.map((s) => s.url)).toEqual(['https://kilde.example/gammel/0', 'https://kilde.example/gammel/1']);
  });

  it('does not list a guide read today, nor one with at least one source read within the limit', () => {
    expect(staleFacts([guide('ny', '2026-11-29')], today, 12)).toEqual([]);
    expect(staleFacts([guide('blandet', '2020-01-01', '2026-01-15')], today, 12)).toEqual([]);
  });

  it('counts the limit day itself as fresh, and the day before it as stale', () => {
    expect(staleFacts([guide('graense', '2025-11-29')], today, 12)).toEqual([]);
    expect(staleFacts([guide('graense', '2025-11-28')], today, 12)).toHaveLength(1);
  });

  it('follows "today" as it is given: the same guide turns stale a year later', () => {
    const holders = [guide('ny', '2026-11-29')];
    expect(staleFacts(holders, today, 12)).toEqual([]);
    expect(staleFacts(holders, day('2027-12-01'), 12)).toHaveLength(1);
  });

  it("counts an organisation's confirmation of a detail as a reading", () => {
    const org: FactHolder = {
      ...guide('sted', '2024-01-01'),
      kind: 'organisation',
      confirmations: [{ what: 'phone', on: day('2026-10-01') }],
    };
    expect(staleFacts([org], today, 12)).toEqual([]);
    expect(staleFacts([{ ...org, confirmations: [] }], today, 12)).toHaveLength(1);
  });

  it('subtracts calendar months, keeping to the end of a shorter month', () => {
    expect(monthsBefore(day('2026-03-31'), 1)).toEqual(day('2026-02-28'));
    expect(monthsBefore(day('2026-11-29'), 12)).toEqual(day('2025-11-29'));
  });

  it('prints the file, the newest reading and each source to re-read with its address', () => {
    const lines = ageReportLines(staleFacts([guide('gammel', '2025-06-01')], today, 12), 12, today).join('\n');
    expect(lines).toContain('content/guides/da/gammel.mdx');
    expect(lines).toContain('newest reading 2025-06-01');
    expect(lines).toContain('Kilde 1 — https://kilde.example/gammel/0 (read 2025-06-01)');
    expect(ageReportLines([], 12, today)[0]).toMatch(/within 12 months/);
  });
});

describe('hours and phone numbers', () => {
  it('accepts times like 08:00–15:30, also with a hyphen, and past midnight', () => {
    for (const t of ['08:00–15:30', '08:00-15:30', '18:00–07:00', '00:00–24:00']) expect(timeRangeProblem(t), t).toBeUndefined();
    expect(normaliseTimeRange('08:00 - 15:30')).toBe('08:00–15:30');
  });
  it('refuses times that do not parse', () => {
    for (const t of ['8–15', '08.00–15.30', '25:00–26:00', '08:00', '09:00–09:00', '08:00–24:30', 'hverdage'])
      expect(timeRangeProblem(t), t).toBeDefined();
  });
  it('refuses a weekday given twice, naming the line', () => {
    const problems = hoursProblems([{ days: ['mon', 'tue'] }, { days: ['fri', 'tue'] }]);
    expect(problems).toEqual([{ index: 1, field: 'days', message: expect.stringMatching(/^tue is given twice \(also in line 1\)/) }]);
    expect(hoursProblems([{ days: ['mon'] }, { days: ['tue'] }])).toEqual([]);
  });
  it('takes phone numbers in one format and dials them with the country code', () => {
    for (const p of ['98 14 68 00', '+299 32 10 00']) expect(PHONE_PATTERN.test(p), p).toBe(true);
    for (const p of ['98146800', '9814 6800', '+45 98 14 68 00', '98 14 68', '98-14-68-00']) expect(PHONE_PATTERN.test(p), p).toBe(false);
    expect(telHref('98 14 68 00')).toBe('tel:+4598146800');
    expect(telHref('+299 32 10 00')).toBe('tel:+299321000');
  });
});

describe('the age report of npm run check (scripts/age-report.mjs), on the fixture site', () => {
  it('lists every guide and place a year and more after their readings, with what to re-read, and none on a day within the limit', async () => {
    const { ageReport, factHolders } = await import('../../scripts/age-report.mjs');
    const root = 'tests/fixtures/site';
    const holders = factHolders(root) as FactHolder[];
    const newest = Math.max(...holders.flatMap((h) => h.sources.map((s) => s.read.getTime())));
    const oldest = Math.min(...holders.map((h) => Math.max(...h.sources.map((s) => s.read.getTime()))));
    expect(ageReport({ root, today: new Date(oldest) }).join('\n')).toMatch(
      /^Every guide and organisation has a source read within 12 months/,
    );
    const late = ageReport({ root, today: new Date(newest + 400 * 86_400_000) }).join('\n');
    for (const h of holders) {
      expect(late).toContain(h.file);
      for (const s of h.sources) expect(late).toContain(`${s.name} — ${s.url ?? s.document}`);
    }
  });
});
