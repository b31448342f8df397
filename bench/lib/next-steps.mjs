/**
 * For each goal of issue 13 that a run can miss: what the measurements say costs the bytes or the
 * time, and the next step. Matched on the goal's text; kept next to the report so both change together.
 */
const STEPS = [
  [/^Bytes before first render: <twinning-map>/, 'Measured (bench/lib/source-shares.mjs): the shared chunk of Lit, core and schema ≈ 20 kB, the map file ≈ 14 kB, the geography chunk it shares with <twinning-partners> ≈ 11 kB (d3-geo ≈ 8.6). Zoom gestures, framing, link hits, the canvas renderer, the table, notes, the world layout and topojson-client already load on demand. Next: the hover/focus controller and focus ring behind the interaction chunk (≈ 0.9 kB), the table\'s column names into the table chunk (≈ 0.13 kB), a lighter base class (≈ 0.5 kB).'],
  [/^Bytes before first render: <twinning-timeline>/, 'Over: check bench/lib/source-shares.mjs for what grew; the brush, scale and glyphs are already d3-free.'],
  [/^Bytes before first render: <twinning-activity-chart>/, 'Measured: the chart\'s own code is ≈ 7 kB; the rest is the shared chunk (Lit ≈ 6.6 kB, core ≈ 10.9 of which the base class ≈ 3.3, schema ≈ 1.5). Non-share modes, their text and styles, and the reference figures already load on demand. Next: slim the base class (range events, category toggling and the not-drawn notice to the elements that use them) and load the src loader\'s error texts with the response reader.'],
  [/^Bytes before first render: kit/, 'The kit is every element file plus the shared chunk once: the element files alone are ≈ 42 kB (map 14, timeline 15, chart 7, provider 4, plus the geography chunk 11), so trimming shared code cannot reach 60 kB. Next: the timeline\'s overview and legend as a chunk after first paint, the map steps above, and a smaller shared base.'],
  [/^Default split view outlines/, 'Over: regenerate the regional assets with a coarser tolerance or smaller boxes (scripts/build-basemap.mjs).'],
  [/^Everything the default map fetches/, 'Over: the agreements file (data/japan-canada.agreements.json) is most of it; next, intern repeated strings (source ids, region codes) in the bundled parts.'],
  [/^Map first render/, 'Profiled (bench/profile-notes.md, shares of main-thread work): the map model and its template ≈ 50 %, validating `.data` ≈ 17 % (the bench page passes the dataset as `.data`, so it is validated like any caller\'s data; the bundled path only checks its shape), basemap paths ≈ 18 %. The floor pages draw no labels, table, summary or keyboard order. Next: skip validation for a dataset already validated (a frozen object from loadBundled or parse), place labels after first paint, cut the North America outline to the panel before projecting.'],
  [/first render/, 'Profile first (bench/profile-map.mjs shows how for the map): the element draws a summary, legend, keyboard order and accessible names the Plot pages do not, and validates `.data`. Next: skip validation for already-validated datasets and render the legend and summary after first paint.'],
  [/^Zoom at/, 'A zoom notch moves SVG layers by transform with no Lit update (element update per zoom: none); above 1,500 links the canvas is redrawn at each notch, which is what costs at 26,000 and 100,000 links. Next: draw the canvas once per zoom level to an offscreen bitmap and move it by transform during the gesture, redrawing crisp once the gesture ends.'],
  [/^Hover at/, 'Hover toggles classes on the affected marks (SVG) or redraws one overlay (canvas); over 50 ms only at 100,000 links, where the quadtree hit test and overlay dominate. Next: throttle hover hits to one per animation frame.'],
  [/heap after 200/, 'After 30 warm-up cycles (what a page keeps once is in the baseline), no listener, observer or timer is left and a heap-snapshot diff (node bench/heap-diff.mjs <tag>) finds no element instance retained; what grows most in that diff is Chromium\'s own buffered PerformanceLongAnimationFrame/LongTask entries, which long timeline renders produce. Next: diff the timeline\'s JS objects by retainer after 200 cycles with those buffers cleared, and check the brush and narrow-list closures.'],
];

/** The reason and next step for a missed goal, or null. */
export function nextStep(goal) {
  return STEPS.find(([pattern]) => pattern.test(goal))?.[1] ?? null;
}
