/**
 * Locale-aware number and list formats, cached because Intl constructors are slow.
 *
 * The first `Intl.NumberFormat`, `ListFormat` or `DateTimeFormat` of a page loads the browser's
 * locale data: 40–330 ms in a fresh Chromium page (bench/profile-notes.md), 10–30 % of an
 * element's first render. So the few cases whose output is the same in every supported locale
 * without any locale rule (small non-negative integers, lists of one or two items, percentages
 * in en and ja) are written without Intl; test/core/format-fast.test.ts compares every one of them
 * with Intl's own output in the browser. Everything else (grouping, decimal commas, the French
 * narrow no-break space, longer lists) still asks Intl.
 */
import type { Locale } from './locale.ts';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** The supported UI locales: en, fr and ja all write 0–999 in Latin digits without a separator. */
const FAST: Record<string, true> = { en: true, fr: true, ja: true };

/** `String(n)` is what Intl writes for an integer 0–999 in en, fr and ja (no grouping below 1000; -0 is "-0"). */
export const isSmallCount = (value: number, locale: string): boolean =>
  FAST[locale] === true && Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0);

/** "1,234" / "1 234" / "1,234". */
export function formatNumber(value: number, locale: Locale): string {
  return isSmallCount(value, locale) ? String(value) : numberFormat(locale, {}).format(value);
}

/**
 * `fraction` × 100 rounded half away from zero to one decimal, as a decimal string without a
 * trailing ".0" ("12.5", "7"), computed on the shortest decimal form of the number (as ICU
 * does, not on the binary product), or null when that form is not a plain "0.ddd"/"1".
 */
function percentDigits(fraction: number): string | null {
  if (!(fraction >= 0 && fraction <= 1)) return null;
  const text = String(fraction);
  if (text === '0' || text === '1') return text === '0' ? '0' : '100';
  const match = /^0\.(\d+)$/.exec(text);
  if (!match) return null;
  const digits = `${match[1]}000`;
  // 0.abcde… → ab.c, rounded up when d ≥ 5.
  let tenths = Number(digits.slice(0, 3)) + (digits.charCodeAt(3) >= 53 ? 1 : 0);
  const whole = Math.floor(tenths / 10);
  tenths %= 10;
  return tenths ? `${whole}.${tenths}` : String(whole);
}

/** A fraction as a percentage with at most one decimal: 0.125 → "12.5%" / "12,5 %". */
export function formatPercent(fraction: number, locale: Locale): string {
  // en and ja write "12.5%"; French uses a decimal comma and a narrow no-break space: Intl.
  if (locale === 'en' || locale === 'ja') {
    const digits = percentDigits(fraction);
    if (digits !== null) return `${digits}%`;
  }
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** Intl.ListFormat's long conjunction for two items in each supported locale (tested against it). */
const PAIR: Record<string, (a: string, b: string) => string> = {
  en: (a, b) => `${a} and ${b}`,
  fr: (a, b) => `${a} et ${b}`,
  // CLDR's long conjunction in Japanese is "A、B" (not "AとB"), as Chromium's Intl writes it.
  ja: (a, b) => `${a}、${b}`,
};

/** "A, B and C" in the locale. */
const listFormats = new Map<Locale, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length < 2 && FAST[locale]) return items[0] ?? '';
  const pair = items.length === 2 ? PAIR[locale] : undefined;
  if (pair) return pair(items[0]!, items[1]!);
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
