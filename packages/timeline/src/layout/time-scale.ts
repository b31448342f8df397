/**
 * The horizontal time scale and its year ticks, labelled with `Intl` in the active locale
 * ("1965" in en and fr, "1965年" in ja). The scale is linear in UTC milliseconds, with d3's
 * arithmetic (so pixels match d3's scaleUtc exactly) but without d3-scale's tick formats,
 * interpolators and colour parsing, which the timeline never used.
 */
import { yearText } from '@twinning/schema';
import type { Extent } from './extents.ts';

/** A linear map from UTC time to pixels, and back. */
export interface TimeScale {
  (date: Date): number;
  domain(): [Date, Date];
  range(): [number, number];
  invert(x: number): Date;
}

/** 1 January of `date`'s UTC year (years below 100 included, which Date.UTC would shift). */
export function utcYearStart(date: Date): Date {
  const d = new Date(0);
  d.setUTCFullYear(date.getUTCFullYear());
  return d;
}

/** `date` moved by `years` whole UTC years (month, day and time kept). */
export function addUtcYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** The first 1 January at or after `date`. */
function utcYearCeil(date: Date): Date {
  const floor = utcYearStart(date);
  return floor < date ? addUtcYears(floor, 1) : floor;
}

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
  return [utcYearStart(new Date(min)), utcYearCeil(new Date(max + 1))];
}

/** `t` of the way from `a` to `b` (d3-interpolate's formula, so results match to the last bit). */
const lerp = (a: number, b: number, t: number) => a * (1 - t) + b * t;
/** Where `x` lies between `a` and `b`, as a fraction (½ when they are equal, as in d3). */
const fraction = (a: number, b: number, x: number) => (b - a ? (x - a) / (b - a) : 0.5);

/** A UTC time scale from `domain` to the pixel `range`. */
export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): TimeScale {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const [r0, r1] = range;
  const scale = (date: Date) => lerp(r0, r1, fraction(d0, d1, date.getTime()));
  scale.domain = (): [Date, Date] => [new Date(d0), new Date(d1)];
  scale.range = (): [number, number] => [r0, r1];
  scale.invert = (x: number) => new Date(lerp(d0, d1, fraction(r0, r1, x)));
  return scale;
}

/** The smallest year step in YEAR_STEPS that keeps labels at least `minSpacing` px apart. */
export function yearStep(scale: TimeScale, minSpacing: number): number {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const years = Math.max(1, (d1.getTime() - d0.getTime()) / (365.2425 * 86_400_000));
  const perYear = Math.abs(r1 - r0) / years;
  return YEAR_STEPS.find((step) => step * perYear >= minSpacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
}

/** Labelled year ticks on multiples of the chosen step, inside the scale's domain. */
export function yearTicks(scale: TimeScale, locale: string, minSpacing = 56): TimeTick[] {
  const step = yearStep(scale, minSpacing);
  const [d0, d1] = scale.domain();
  // Constructed only when a tick needs it (not for en/fr/ja years 1000–9999: see yearText).
  let format: Intl.DateTimeFormat | undefined;
  const label = (date: Date) =>
    yearText(date.getUTCFullYear(), locale) ?? (format ??= new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })).format(date);
  const ticks: TimeTick[] = [];
  const first = utcYearCeil(d0).getUTCFullYear();
  for (let date = addUtcYears(utcYearCeil(d0), Math.ceil(first / step) * step - first); date <= d1; date = addUtcYears(date, step)) {
    ticks.push({ date, x: round(scale(date)), label: label(date) });
  }
  return ticks;
}

/** Rounds to 0.1 px so that drawn paths and test snapshots stay stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
