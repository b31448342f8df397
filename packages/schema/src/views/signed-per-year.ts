/** Agreements signed per year. */
import { yearOf } from '../dates.ts';
import type { Twinning, TwinningDataset } from '../types.ts';

/** Counts per signing year, and the agreements with no (valid) signing date. */
export interface SignedPerYear {
  /** One entry per year that has at least one signing, ascending. */
  readonly years: { readonly year: number; readonly count: number }[];
  /** Twinnings without a valid `signed` date; they are counted here, not dropped. */
  readonly undated: Twinning[];
}

/** Number of agreements signed in each year. A twinning signed "1985-06" counts for 1985. */
export function signedPerYear(input: Pick<TwinningDataset, 'twinnings'> | readonly Twinning[]): SignedPerYear {
  const twinnings: readonly Twinning[] = Array.isArray(input) ? input : (input as Pick<TwinningDataset, 'twinnings'>).twinnings;
  const counts = new Map<number, number>();
  const undated: Twinning[] = [];
  for (const t of twinnings) {
    const year = yearOf(t.signed);
    if (year === null) undated.push(t);
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
  return { years, undated };
}
