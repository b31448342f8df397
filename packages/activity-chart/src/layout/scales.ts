/**
 * Scales of the bar charts: a band scale down the categories, a linear scale across the shares.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';

/** Bands for `keys` from top to bottom, `step` pixels each, with `padding` (fraction of a step) between bars. */
export function barBands(keys: readonly string[], step: number, padding = 0.25): ScaleBand<string> {
  return scaleBand<string>()
    .domain(keys)
    .range([0, keys.length * step])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/**
 * Share axis from 0 to `maxShare` (rounded up to a tidy value, at most 1 unless the share is
 * larger, which the `activities` rule allows only for sums, never for one bar) over `[0, width]`.
 */
export function shareScale(maxShare: number, width: number): ScaleLinear<number, number> {
  const top = maxShare > 0 ? maxShare : 1;
  return scaleLinear().domain([0, top]).range([0, Math.max(0, width)]).nice(5);
}

/** Ticks for a share scale, at most `count` of them, with the domain end always included. */
export function shareTicks(scale: ScaleLinear<number, number>, count = 5): number[] {
  return scale.ticks(count);
}
