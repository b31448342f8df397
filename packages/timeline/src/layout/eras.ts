/**
 * Japanese eras (gengō) for the era axis. Boundaries are the first day of each era in the
 * Gregorian calendar, the same days ICU's `ja-JP-u-ca-japanese` calendar uses:
 * 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01.
 * The first year of an era is written 元年 ("first year"), as is usual in Japanese.
 */

/** One era. */
export interface Era {
  readonly id: string;
  /** The era name in Japanese. */
  readonly name: string;
  /** The name in Hepburn romanisation, for en and fr. */
  readonly romaji: string;
  /** First day, UTC. */
  readonly start: Date;
}

/** The eras the axis knows, oldest first. Dates before the first are outside any era here. */
export const JAPANESE_ERAS: readonly Era[] = [
  { id: 'taisho', name: '大正', romaji: 'Taishō', start: new Date(Date.UTC(1912, 6, 30)) },
  { id: 'showa', name: '昭和', romaji: 'Shōwa', start: new Date(Date.UTC(1926, 11, 25)) },
  { id: 'heisei', name: '平成', romaji: 'Heisei', start: new Date(Date.UTC(1989, 0, 8)) },
  { id: 'reiwa', name: '令和', romaji: 'Reiwa', start: new Date(Date.UTC(2019, 4, 1)) },
];

/** The era of a date and the year within it (1-based), or null before the first known era. */
export function eraAt(date: Date): { era: Era; year: number } | null {
  for (let i = JAPANESE_ERAS.length - 1; i >= 0; i--) {
    const era = JAPANESE_ERAS[i]!;
    if (date >= era.start) return { era, year: date.getUTCFullYear() - era.start.getUTCFullYear() + 1 };
  }
  return null;
}

/** "昭和50年", "平成元年"; in en/fr "Shōwa 50", "Heisei 1". Empty before the first known era. */
export function eraYearLabel(date: Date, locale: string): string {
  const found = eraAt(date);
  if (!found) return '';
  if (locale.startsWith('ja')) return `${found.era.name}${found.year === 1 ? '元' : found.year}年`;
  return `${found.era.romaji} ${found.year}`;
}

/** An era's stretch inside a domain. */
export interface EraBand {
  readonly era: Era;
  readonly from: Date;
  readonly to: Date;
}

/** The eras overlapping [domain[0], domain[1]), clipped to it. */
export function eraBands(domain: readonly [Date, Date]): EraBand[] {
  const bands: EraBand[] = [];
  JAPANESE_ERAS.forEach((era, i) => {
    const next = JAPANESE_ERAS[i + 1]?.start ?? new Date(8.64e15);
    const from = era.start > domain[0] ? era.start : domain[0];
    const to = next < domain[1] ? next : domain[1];
    if (from < to) bands.push({ era, from, to });
  });
  return bands;
}
