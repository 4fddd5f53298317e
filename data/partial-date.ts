/** Partial dates of the dataset ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'): validity and ordering. */

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Returns why the value is not a real partial date, or undefined when it is one. */
export function checkDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return `date must be a string, got ${JSON.stringify(value)}`;
  const m = FORM.exec(value);
  if (!m) return `"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1600 || year > 2100) return `year ${year} is out of range`;
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${value}" is not a calendar date`;
  return undefined;
}

/** First day a partial date covers, as 'YYYY-MM-DD' (string order is then date order). */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Orders two partial dates by the first day each covers: an endDate must compare greater than its date. */
export function compareDates(a: string, b: string): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
