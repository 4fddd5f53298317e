/**
 * Dates at the precision we know, in the reader's locale: '2019', 'May 2014', '15 September 2022'.
 * Built in UTC so a year-only or month-only date never slides into the previous day/month by time zone.
 */
import type { PartialDate } from '../../core/types';

type Precision = 'year' | 'month' | 'day';

function parts(date: PartialDate): { d: Date; precision: Precision } {
  const [y, m, day] = date.split('-').map(Number);
  const precision: Precision = day ? 'day' : m ? 'month' : 'year';
  const d = new Date(Date.UTC(0, (m || 1) - 1, day || 1));
  d.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900s; set it explicitly.
  return { d, precision };
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * One formatter per locale and precision: building an Intl.DateTimeFormat costs far more than using one,
 * and a list formats a date per row (it was a tenth of the popup's first render of 'On this page').
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${precision}`;
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
  return fmt;
}

export function formatPartialDate(date: PartialDate, locale?: string): string {
  const { d, precision } = parts(date);
  return formatter(locale, precision).format(d);
}

/** 'March 20 – 22, 2023' when both ends share a precision; otherwise the two dates joined. */
export function formatDateRange(date: PartialDate, endDate: PartialDate | undefined, locale?: string): string {
  if (!endDate || endDate === date) return formatPartialDate(date, locale);
  const a = parts(date);
  const b = parts(endDate);
  if (a.precision === b.precision) {
    const fmt = formatter(locale, a.precision) as Intl.DateTimeFormat & {
      formatRange?: (x: Date, y: Date) => string;
    };
    if (fmt.formatRange) return fmt.formatRange(a.d, b.d);
  }
  return `${formatPartialDate(date, locale)} – ${formatPartialDate(endDate, locale)}`;
}
