import { expect } from '@open-wc/testing';
import { formatPartialDate } from '@twinning/schema';

// formatPartialDate keeps one Intl.DateTimeFormat per locale and precision (a timeline labels every
// activity): alternating locales and precisions must still give each its own format.
describe('formatPartialDate', () => {
  it('formats each precision in each locale, whatever was formatted before', () => {
    const expected = (locale: string, date: Date, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    for (let round = 0; round < 2; round++) {
      for (const locale of ['en', 'fr', 'ja']) {
        expect(formatPartialDate('1965', locale)).to.equal(expected(locale, new Date(Date.UTC(1965, 0, 1)), { year: 'numeric' }));
        expect(formatPartialDate('1970-02', locale)).to.equal(expected(locale, new Date(Date.UTC(1970, 1, 1)), { year: 'numeric', month: 'long' }));
        expect(formatPartialDate('1970-02-10', locale)).to.equal(expected(locale, new Date(Date.UTC(1970, 1, 10)), { year: 'numeric', month: 'long', day: 'numeric' }));
      }
    }
    expect(formatPartialDate('1970-02', 'fr')).to.equal('février 1970');
    expect(formatPartialDate('not a date' as never, 'en')).to.equal('not a date');
  });
});
