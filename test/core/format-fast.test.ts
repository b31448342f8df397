/**
 * The formats written without Intl (packages/core/src/format.ts, `yearText` in the schema) must
 * be exactly what Intl writes in this browser for en, fr and ja, over the whole range each one
 * covers; a single differing character fails. Values outside those ranges must still go to Intl
 * (grouping, decimal commas, the French narrow no-break space).
 */
import { expect } from '@open-wc/testing';
import { formatList, formatNumber, formatPercent } from '../../packages/core/src/format.ts';
import { formatPartialDate, yearText } from '../../packages/schema/src/index.ts';
import { yearTicks, timeScale } from '../../packages/timeline/src/layout/time-scale.ts';
import { formatYear } from '../../packages/timeline/src/render/context.ts';

const LOCALES = ['en', 'fr', 'ja'] as const;

/** Every mismatch as "input: ours ≠ Intl's", so a failure shows all of them at once. */
function mismatches<T>(inputs: Iterable<T>, ours: (x: T) => string, intl: (x: T) => string): string[] {
  const out: string[] = [];
  for (const x of inputs) {
    const a = ours(x);
    const b = intl(x);
    if (a !== b) out.push(`${String(x)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('formats without Intl match Intl', () => {
  for (const locale of LOCALES) {
    it(`formatNumber: integers 0–999 and beyond in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale);
      const inputs = [...range(0, 1200), 9999, 12_345, 1_000_000, -1, -999, 0.5, 1.25, 999.9, -0];
      expect(mismatches(inputs, (n) => formatNumber(n, locale), (n) => intl.format(n))).to.deep.equal([]);
    });

    it(`formatPercent: shares k/n and rounding edges in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      const inputs = new Set<number>([0, -0, 1, 0.0145, 0.00049, 0.0005, 0.00051, 0.99949, 0.99951, 0.99995, 0.125, 0.135, 0.145, 1e-7, 5e-324, 1.5, -0.1]);
      for (let n = 1; n <= 400; n++) for (let k = 0; k <= n; k++) inputs.add(k / n);
      for (let i = 0; i <= 100_000; i++) inputs.add(i / 100_000);
      let seed = 7;
      for (let i = 0; i < 20_000; i++) inputs.add((seed = (seed * 16807) % 2147483647) / 2147483647);
      expect(mismatches(inputs, (x) => formatPercent(x, locale), (x) => intl.format(x))).to.deep.equal([]);
    });

    it(`formatList: 0–4 items in ${locale}`, () => {
      const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      const names = ['50 places in Canada', '56 places in Japan', 'カナダの50か所', 'x', ''];
      const lists: string[][] = [[]];
      for (const a of names) {
        lists.push([a]);
        for (const b of names) lists.push([a, b], [a, b, 'c'], [a, b, 'c', 'd']);
      }
      expect(mismatches(lists, (l) => formatList(l, locale), (l) => intl.format(l))).to.deep.equal([]);
    });

    it(`yearText, formatPartialDate, formatYear: years 1–9999 in ${locale}`, () => {
      const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
      const date = (y: number) => {
        const d = new Date(Date.UTC(2000, 0, 1));
        d.setUTCFullYear(y);
        return d;
      };
      const years = range(1, 9999);
      expect(mismatches(years, (y) => yearText(y, locale) ?? intl.format(date(y)), (y) => intl.format(date(y)))).to.deep.equal([]);
      expect(mismatches(years, (y) => formatYear(date(y), locale), (y) => intl.format(date(y)))).to.deep.equal([]);
      const fourDigit = range(1000, 9999);
      expect(mismatches(fourDigit, (y) => formatPartialDate(String(y), locale), (y) => intl.format(date(y)))).to.deep.equal([]);
      // Ticks as the axis shows them, 1900–2100.
      const scale = timeScale([date(1900), date(2100)], [0, 20_000]);
      const ticks = yearTicks(scale, locale, 1);
      expect(ticks.length).to.equal(201);
      expect(mismatches(ticks, (t) => t.label, (t) => intl.format(t.date))).to.deep.equal([]);
    });
  }

  it('yearText leaves other locales and years to Intl', () => {
    expect(yearText(1965, 'de')).to.equal(null);
    expect(yearText(1965, 'ja-JP-u-ca-japanese')).to.equal(null);
    expect(yearText(999, 'en')).to.equal(null);
    expect(yearText(10_000, 'en')).to.equal(null);
    expect(formatYear(new Date(Date.UTC(1965, 0, 1)), 'ja-JP-u-ca-japanese')).to.equal(
      new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(1965, 0, 1))),
    );
  });

  it('French keeps its grouping, decimal comma and narrow no-break space from Intl', () => {
    expect(formatNumber(1234, 'fr')).to.match(/^1\s234$/u);
    expect(formatPercent(0.125, 'fr')).to.match(/^12,5\s%$/u);
    expect(formatPercent(0.125, 'en')).to.equal('12.5%');
  });
});
