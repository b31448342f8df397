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

/** "1,234" / "1 234" / "1,234". */
export function formatNumber(value: number, locale: Locale): string {
  // An integer 0–999 is `String(n)` in en, fr and ja (no grouping below 1000; -0 is "-0").
  return FAST[locale] && Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)
    ? String(value)
    : numberFormat(locale, {}).format(value);
}

/**
 * `fraction` × 100 rounded half up to one decimal, without a trailing ".0" ("12.5", "7"), from
 * the number's shortest decimal form (as ICU rounds, not the binary product); null unless that
 * form is "0", "1" or "0.ddd…" (-0 is "-0%").
 */
function percentDigits(fraction: number): string | null {
  const match = /^0\.(\d+)$/.exec(String(fraction));
  if (!match) return fraction === 1 ? '100' : fraction === 0 && !Object.is(fraction, -0) ? '0' : null;
  // 0.abcd… → abc tenths, plus one when d ≥ 5.
  const digits = `${match[1]}000`;
  const tenths = +digits.slice(0, 3) + +(digits[3]! >= '5');
  return String(tenths / 10);
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
