/**
 * The overview strip: agreements signed per year (bars) and agreements in force at the end of
 * each year (a line), with annotations for the first signing year and the busiest year.
 *
 * An agreement is in force in year Y when it was signed in or before Y and has no end date or
 * ended after Y. Agreements without a signing date cannot be placed and are counted in `undated`.
 */
import { parseSpan, type DateLookup } from '@twinning/core';
import type { Twinning } from '@twinning/schema';

/** Counts for one year. */
export interface OverviewYear {
  readonly year: number;
  readonly signed: number;
  readonly inForce: number;
}

/** An annotated year. */
export interface OverviewAnnotation {
  readonly year: number;
  readonly kind: 'first' | 'peak';
  readonly count: number;
}

/** All the overview needs. */
export interface OverviewModel {
  readonly years: readonly OverviewYear[];
  readonly maxSigned: number;
  readonly maxInForce: number;
  readonly undated: number;
  readonly annotations: readonly OverviewAnnotation[];
}

/** Counts per year from `fromYear` to `toYear` inclusive. */
export function overviewModel(twinnings: readonly Twinning[], fromYear: number, toYear: number, dates: DateLookup = parseSpan): OverviewModel {
  const signedIn = new Map<number, number>();
  const spans: [number, number][] = [];
  let undated = 0;
  for (const twinning of twinnings) {
    const signed = dates(twinning.signed)?.year;
    if (signed === undefined) {
      undated++;
      continue;
    }
    signedIn.set(signed, (signedIn.get(signed) ?? 0) + 1);
    spans.push([signed, dates(twinning.ended)?.year ?? Infinity]);
  }
  const years: OverviewYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const inForce = spans.filter(([from, to]) => from <= year && to > year).length;
    years.push({ year, signed: signedIn.get(year) ?? 0, inForce });
  }
  const annotations: OverviewAnnotation[] = [];
  const first = Math.min(...signedIn.keys());
  if (Number.isFinite(first)) annotations.push({ year: first, kind: 'first', count: signedIn.get(first)! });
  const peak = years.reduce<OverviewYear | null>((best, y) => (!best || y.signed > best.signed ? y : best), null);
  if (peak && peak.signed > 1 && peak.year !== first) annotations.push({ year: peak.year, kind: 'peak', count: peak.signed });
  return {
    years,
    maxSigned: Math.max(0, ...years.map((y) => y.signed)),
    maxInForce: Math.max(0, ...years.map((y) => y.inForce)),
    undated,
    annotations,
  };
}
