// Dates are written at build time from month names kept with the interface strings:
// browsers have no Greenlandic date data, so Intl would fall back to another language.

/** "22. november 2026", with the month names of the page's language. */
export function formatDate(date: Date, months: readonly string[]): string {
  if (months.length !== 12) throw new Error(`formatDate needs 12 month names, got ${months.length}`);
  return `${date.getUTCDate()}. ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The machine-readable form for <time datetime>. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
