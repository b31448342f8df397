/**
 * The horizontal time scale and its year ticks, labelled with `Intl` in the active locale
 * ("1965" in en and fr, "1965年" in ja).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Extent } from './extents.ts';

/** A tick on the time axis. */
export interface TimeTick {
  readonly date: Date;
  readonly x: number;
  readonly label: string;
}

/** Candidate year steps between labelled ticks, smallest first. */
export const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;

/**
 * The domain covering every extent and `today`, widened to whole years. With no extents the
 * domain is the current year, so an empty chart still has an axis.
 */
export function timeDomain(extents: readonly (Extent | null)[], today: Date): [Date, Date] {
  let min = today.getTime();
  let max = today.getTime();
  for (const extent of extents) {
    if (!extent) continue;
    min = Math.min(min, extent.start.getTime());
    max = Math.max(max, extent.end.getTime());
  }
  return [utcYear.floor(new Date(min)), utcYear.ceil(new Date(max + 1))];
}

/** A UTC time scale from `domain` to the pixel `range`. */
export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/** The smallest year step in YEAR_STEPS that keeps labels at least `minSpacing` px apart. */
export function yearStep(scale: ScaleTime<number, number>, minSpacing: number): number {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const years = Math.max(1, (d1.getTime() - d0.getTime()) / (365.2425 * 86_400_000));
  const perYear = Math.abs(r1 - r0) / years;
  return YEAR_STEPS.find((step) => step * perYear >= minSpacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
}

/** Labelled year ticks on multiples of the chosen step, inside the scale's domain. */
export function yearTicks(scale: ScaleTime<number, number>, locale: string, minSpacing = 56): TimeTick[] {
  const step = yearStep(scale, minSpacing);
  const [d0, d1] = scale.domain() as [Date, Date];
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const interval = utcYear.every(step);
  if (!interval) return [];
  return interval.range(d0, new Date(d1.getTime() + 1)).map((date) => ({
    date,
    x: round(scale(date)),
    label: format.format(date),
  }));
}

/** Rounds to 0.1 px so that drawn paths and test snapshots stay stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
