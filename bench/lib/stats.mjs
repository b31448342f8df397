/** Medians, ranges and paired ratios for the interleaved runs. */
export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The p-th percentile (0–1) by nearest rank. */
export function percentile(values, p) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))] : null;
}

/** `{ median, p95, min, max, n, runs }` of a list of numbers (non-finite entries are failures and left out). */
export function summary(values) {
  const v = values.filter(Number.isFinite);
  return { median: median(v), p95: percentile(v, 0.95), min: v.length ? Math.min(...v) : null, max: v.length ? Math.max(...v) : null, n: v.length, runs: values.map((x) => (Number.isFinite(x) ? +x.toFixed(2) : null)) };
}

/** Ratios a[i] / b[i] of runs made side by side, summarised. */
export function pairedRatio(a, b) {
  const ratios = a.map((x, i) => (Number.isFinite(x) && Number.isFinite(b[i]) && b[i] > 0 ? x / b[i] : NaN));
  const s = summary(ratios);
  return { median: s.median, min: s.min, max: s.max, n: s.n };
}
