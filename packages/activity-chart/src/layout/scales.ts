/**
 * Scales of the bar charts: bands down the categories, a linear share axis across. A few lines
 * each instead of d3-scale, whose linear scale brings d3-interpolate, d3-color and d3-format
 * (about 10 kB min+gzip) for a job that is one multiplication here. Same numbers as d3's
 * scaleBand (align 0.5) and scaleLinear().nice() / ticks().
 */

/** Bands down the chart: `scale(key)` is a band's top, or undefined for an unknown key. */
export interface BandScale {
  (key: string): number | undefined;
  /** Height of a band. */
  bandwidth(): number;
  /** Distance from one band's top to the next. */
  step(): number;
}

/** A linear scale from shares to pixels. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/** Bands for `keys` from top to bottom, `step` pixels each, with `padding` (fraction of a step) between bars. */
export function barBands(keys: readonly string[], step: number, padding = 0.25): BandScale {
  const outer = padding / 2;
  const n = keys.length;
  const extent = n * step;
  const bandStep = extent / Math.max(1, n - padding + outer * 2);
  const start = (extent - bandStep * (n - padding)) * 0.5;
  const index = new Map(keys.map((key, i) => [key, i]));
  const scale = ((key: string) => {
    const i = index.get(key);
    return i === undefined ? undefined : start + bandStep * i;
  }) as BandScale;
  scale.bandwidth = () => bandStep * (1 - padding);
  scale.step = () => bandStep;
  return scale;
}

/**
 * Share axis from 0 to `maxShare` (rounded up to a tidy value, at most 1 unless the share is
 * larger, which the `activities` rule allows only for sums, never for one bar) over `[0, width]`.
 */
export function shareScale(maxShare: number, width: number): LinearScale {
  const top = niceTop(maxShare > 0 ? maxShare : 1, 5);
  const right = Math.max(0, width);
  const scale = ((value: number) => (value / top) * right) as LinearScale;
  scale.domain = () => [0, top];
  scale.range = () => [0, right];
  return scale;
}

/** Ticks for a share scale, at most about `count` of them, with the domain end included when it is tidy. */
export function shareTicks(scale: LinearScale, count = 5): number[] {
  const top = scale.domain()[1];
  const inc = tickIncrement(top, count);
  const ticks: number[] = [];
  if (inc > 0) for (let k = 0; k * inc <= top; k++) ticks.push(k * inc);
  else for (let k = 0; k / -inc <= top; k++) ticks.push(k / -inc);
  return ticks;
}

/**
 * The tick step for [0, stop] as d3-array's tickIncrement: 1, 2 or 5 × a power of ten; for steps
 * below 1 the negated inverse (−10 for 0.1), which keeps the arithmetic exact.
 */
function tickIncrement(stop: number, count: number): number {
  const step = stop / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : factor * 10 ** power;
}

/** `stop` rounded up to a whole tick step, as d3's linear.nice(count) does for a domain from 0. */
function niceTop(stop: number, count: number): number {
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(stop, count);
    if (step === previous) break;
    stop = step > 0 ? Math.ceil(stop / step) * step : Math.floor(stop * step) / step;
    previous = step;
  }
  return stop;
}
