import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';
import { fill } from '../../src/lib/text';

const KL = [
  'januaari',
  'februaari',
  'marsi',
  'apriili',
  'maaji',
  'juuni',
  'juuli',
  'aggusti',
  'septembari',
  'oktobari',
  'novembari',
  'decembari',
];

describe('formatDate', () => {
  it('writes the date with the month names it is given, whatever the browser knows', () => {
    expect(formatDate(new Date('2026-11-22'), KL)).toBe('22. novembari 2026');
    expect(formatDate(new Date('2026-01-05'), KL)).toBe('5. januaari 2026');
    expect(isoDate(new Date('2026-01-05'))).toBe('2026-01-05');
  });
  it('refuses an incomplete list of months', () => {
    expect(() => formatDate(new Date('2026-11-22'), KL.slice(1))).toThrow(/12 month names/);
  });
});

describe('fill', () => {
  it('fills placeholders', () => {
    expect(fill('Opdateret {date}', { date: '1. maj' })).toBe('Opdateret 1. maj');
  });
  it('names the placeholder a staff member forgot, instead of showing "{name}" to readers', () => {
    expect(() => fill('gennemgået af {name}', {})).toThrow(/\{name\}/);
  });
});
