/**
 * For each goal of issue 13 that a run can miss: what the measurements say costs the bytes or the
 * time, and the next step. Matched on the goal's text; kept next to the report so both change together.
 */
const STEPS = [
  [/^Bytes before first render: <twinning-map>/, 'What is left after the regional outlines, the lazy validator, lazy fr/ja text and the own zoom controller (d3-zoom and its d3-selection/transition/interpolate/color gone): Lit ≈ 6.5 kB, d3-geo ≈ 9 kB, the map element ≈ 6.5 kB, core (base class, styles, data table, filters, summary) ≈ 10 kB, the export menu ≈ 3 kB. Next: load the export menu only when `actions` is set; split the map element (perf branch: model + render/); drop d3-quadtree for the small hit index.'],
  [/^Bytes before first render: <twinning-timeline>/, 'd3-brush brings d3-selection, d3-transition, d3-interpolate, d3-color, d3-drag, d3-dispatch, d3-timer and d3-ease (≈ 15 kB), and scaleUtc brings d3-time-format plus interpolate/color again (≈ 5 kB); d3-shape for the glyphs ≈ 5 kB. Next: a pointer-events range controller like the map\'s zoom controller instead of d3-brush, a UTC linear scale with Intl.DateTimeFormat ticks instead of scaleUtc, glyphs as fixed path strings instead of d3-shape (≈ −25 kB together).'],
  [/^Bytes before first render: <twinning-activity-chart>/, 'd3-scale and its interpolate/color/format are gone (−15 kB); what is left is shared by every element: Lit ≈ 6.5 kB, the base class, base styles, data table, filters and summary ≈ 10 kB, the export menu ≈ 3 kB, schema views ≈ 2 kB, the chart\'s own code ≈ 8 kB. Next: export menu on demand (`actions`), base class slimmed by the perf branch\'s shared controllers, base styles trimmed to what the chart uses.'],
  [/^Bytes before first render: kit/, 'The kit is the sum of the above with the shared core once; the timeline\'s d3-brush/d3-scale stack (≈ 20 kB) is the largest single part. Next: the timeline steps above, then the export menu on demand.'],
  [/^Default split view outlines/, 'Over: regenerate the regional assets with a coarser tolerance or smaller boxes (scripts/build-basemap.mjs).'],
  [/^Everything the default map fetches/, 'The dataset chunk is most of it. Next: a compact encoding of the bundled dataset (ids and repeated strings interned), or load activity texts only when the timeline asks for them.'],
  [/first render .*Plot|first render .*plain d3|First render|first render/, 'Time, not bytes: the perf branch (issue 13 items 1–4: parse once, interaction without re-render, profile of the first render) owns this; measured here as it stands.'],
  [/^Zoom at/, 'Canvas and SVG layers are moved by transform during the gesture, but the element still re-renders once the gesture ends; at large sizes that render dominates. Next (perf branch): keep the map model across zoom ends, redraw only the canvas.'],
  [/^Hover at/, 'Hover re-renders the element (every mark) until the perf branch\'s highlight controller lands; on the canvas path each hover redraws the whole canvas. Next (perf branch): toggle classes on the affected marks, one overlay redraw on canvas.'],
  [/heap after 200/, 'Retained per mount (perf branch, item 8): find the retainer with a heap snapshot diff after 200 cycles.'],
];

/** The reason and next step for a missed goal, or null. */
export function nextStep(goal) {
  return STEPS.find(([pattern]) => pattern.test(goal))?.[1] ?? null;
}
