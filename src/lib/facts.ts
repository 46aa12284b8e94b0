// Facts as data: weekdays and times, phone numbers, and how old our reading of a source is.
// Pure and self-contained (no imports), so scripts/age-report.mjs can run it with Node's own type stripping.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One line of opening or phone hours: the days it covers and the time, as "08:30–15:00". */
export interface HoursLine {
  days: Weekday[];
  time: string;
}

const TIME_RANGE = /^([01]\d|2[0-3]):([0-5]\d)\s*[–-]\s*([01]\d|2[0-4]):([0-5]\d)$/;

/** What is wrong with a time range, or undefined. An end before the start runs past midnight (18:00–07:00). */
export function timeRangeProblem(time: string): string | undefined {
  const match = TIME_RANGE.exec(time.trim());
  if (!match) return `"${time}" is not a time range: write it as 08:00–15:30 (24-hour clock, two digits each)`;
  const [, h1, m1, h2, m2] = match;
  if (h2 === '24' && m2 !== '00') return `"${time}": 24:00 is the latest time`;
  if (h1 === h2 && m1 === m2) return `"${time}" opens and closes at the same time`;
  return undefined;
}

/** The time range written the one way the site shows it: "08:30–15:00". */
export function normaliseTimeRange(time: string): string {
  const [, h1, m1, h2, m2] = TIME_RANGE.exec(time.trim())!;
  return `${h1}:${m1}–${h2}:${m2}`;
}

/** Problems with a week of hours: each { index, message } names the line (and its field) at fault. */
export function hoursProblems(lines: { days: string[] }[]): { index: number; field: 'days'; message: string }[] {
  const seen = new Map<string, number>();
  const problems: { index: number; field: 'days'; message: string }[] = [];
  lines.forEach((line, index) => {
    if (line.days.length === 0) problems.push({ index, field: 'days', message: 'name at least one weekday' });
    for (const day of line.days) {
      const first = seen.get(day);
      if (first !== undefined)
        problems.push({
          index,
          field: 'days',
          message: `${day} is given twice (also in line ${first + 1}): give each weekday once, and write exceptions in the note`,
        });
      else seen.set(day, index);
    }
  });
  return problems;
}

/** Lines sorted Monday first, each line's days in week order: how the site shows them. */
export function sortedHours<T extends HoursLine>(lines: T[]): T[] {
  const order = (day: Weekday) => WEEKDAYS.indexOf(day);
  return lines
    .map((line) => ({ ...line, days: [...line.days].sort((a, b) => order(a) - order(b)) }))
    .sort((a, b) => order(a.days[0]!) - order(b.days[0]!));
}

/**
 * Phone numbers in one format: a Danish number as four pairs, "98 14 68 00"; a Greenlandic one as "+299 32 10 00".
 * Danish numbers are written without +45: the site adds it to the tel: link.
 */
export const PHONE_PATTERN = /^(\d{2} \d{2} \d{2} \d{2}|\+299 \d{2} \d{2} \d{2})$/;
export const PHONE_HINT =
  'must be written like 98 14 68 00 (a Danish number: four pairs of digits, no +45) or +299 32 10 00 (a Greenlandic one)';

/** The tel: address of a phone number in the site's format. */
export function telHref(phone: string): string {
  const digits = phone.replace(/ /g, '');
  return `tel:${digits.startsWith('+') ? digits : `+45${digits}`}`;
}

/** A thing whose facts come from sources we read on known days: a guide or an organisation. */
export interface FactHolder {
  kind: 'guide' | 'organisation';
  id: string;
  file: string;
  title: string;
  sources: { name: string; url?: string; document?: string; read: Date }[];
  /** Other readings: a contact detail someone confirmed on a day. */
  confirmations?: { what: string; on: Date }[];
}

export interface StaleFacts {
  holder: FactHolder;
  /** The newest reading of any of its sources, or undefined if none. */
  newest: Date | undefined;
  /** What to re-read: its sources read before the limit, oldest first. */
  reread: FactHolder['sources'];
}

/** The day `months` calendar months before `today` (UTC days). */
export function monthsBefore(today: Date, months: number): Date {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  // 31 March minus one month is 3 March in Date arithmetic; clamp to the month's last day instead.
  if (d.getUTCDate() !== today.getUTCDate()) d.setUTCDate(0);
  return d;
}

/**
 * Every guide or organisation whose newest reading is older than `maxMonths` before `today`, with the sources to
 * re-read. The limit day itself still counts as fresh. `today` is passed in, so tests can choose it.
 */
export function staleFacts(holders: FactHolder[], today: Date, maxMonths: number): StaleFacts[] {
  const limit = monthsBefore(today, maxMonths).getTime();
  const out: StaleFacts[] = [];
  for (const holder of holders) {
    const readings = [...holder.sources.map((s) => s.read.getTime()), ...(holder.confirmations ?? []).map((c) => c.on.getTime())];
    const newest = readings.length ? Math.max(...readings) : undefined;
    if (newest !== undefined && newest >= limit) continue;
    const reread = holder.sources.filter((s) => s.read.getTime() < limit).sort((a, b) => a.read.getTime() - b.read.getTime());
    out.push({ holder, newest: newest === undefined ? undefined : new Date(newest), reread });
  }
  return out;
}

/** The age report as plain text lines (for `npm run check`). */
export function ageReportLines(stale: StaleFacts[], maxMonths: number, today: Date): string[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (stale.length === 0) return [`Every guide and organisation has a source read within ${maxMonths} months of ${day(today)}.`];
  const lines = [
    `${stale.length} guide(s)/organisation(s) have no source read within ${maxMonths} months of ${day(today)} (maxSourceAgeMonths in content/settings/site.yml):`,
  ];
  for (const { holder, newest, reread } of stale) {
    lines.push(`- ${holder.file} (${holder.kind} "${holder.title}"): newest reading ${newest ? day(newest) : 'none'}. Re-read:`);
    for (const s of reread) lines.push(`    · ${s.name} — ${s.url ?? s.document ?? '(no address)'} (read ${day(s.read)})`);
  }
  return lines;
}
