/**
 * Which twinnings count as agreements. A twinning of type `other` records a documented
 * relationship without a known formal agreement (a school exchange, a friendship association);
 * it is kept, shown and sourced like any other row, but left out of agreement totals.
 */
import type { Twinning } from './types.ts';

/** True for a twinning that counts as a formal agreement (any type but `other`). */
export function isAgreement(twinning: Pick<Twinning, 'type'>): boolean {
  return twinning.type !== 'other';
}

/** How many of `twinnings` are agreements, and how many are other relationships. */
export function countAgreements(twinnings: readonly Pick<Twinning, 'type'>[]): { agreements: number; other: number } {
  const agreements = twinnings.filter(isAgreement).length;
  return { agreements, other: twinnings.length - agreements };
}
