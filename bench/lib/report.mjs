/** Goals from issue 13, checked against the results, and the Markdown report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './weight.mjs';
import { closure, distDir } from './dist-closure.mjs';
import { nextStep } from './next-steps.mjs';

const kB = (bytes) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (v) => (v == null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const range = (s) => (s && s.median != null ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : 'failed');
const ratio = (r) => (r && r.median != null ? `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})` : '–');
const pct = (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`;

/** Every goal of the issue: what was measured, whether it is met, and by how much it is missed. */
export function evaluateGoals(r) {
  const goals = [];
  const add = (goal, measured, limit, text, unit = (v) => v) => goals.push({
    goal, measured: text(measured), met: measured != null && measured <= limit,
    gap: measured == null ? 'not measured' : measured <= limit ? '' : `${unit(measured - limit)} over (${((measured / limit - 1) * 100).toFixed(0)} %)`,
  });
  const bytes = (page, lang = 'en') => r.bytes?.find((b) => b.page === page && b.lang === lang);
  const code = (page, lang) => bytes(page, lang)?.codeBeforeRender;
  add('Bytes before first render: <twinning-map> ≤ 45 kB min+gzip', code('map'), 45_000, kB, kB);
  add('Bytes before first render: <twinning-timeline> ≤ 38 kB', code('timeline'), 38_000, kB, kB);
  add('Bytes before first render: <twinning-activity-chart> ≤ 25 kB', code('chart'), 25_000, kB, kB);
  add('Bytes before first render: kit (element files + <twinning-data>) ≤ 60 kB', code('kit'), 60_000, kB, kB);
  add('Bytes before first render: kit from the CDN file (twinning.js) ≤ 60 kB', code('cdn kit'), 60_000, kB, kB);
  add('Bytes before first render: kit on a Japanese page (with the ja text chunks) ≤ 60 kB', code('kit', 'ja'), 60_000, kB, kB);
  // Outlines: the assets' gzip size (the browser rows below confirm which ones the default map fetches).
  const outlines = r.weight.defaultBasemapGzip;
  add('Default split view outlines (east-asia + north-america assets) ≤ 20 kB gzip', outlines, 20_000, kB, kB);
  add('Everything the default map fetches besides code in its first view (dataset chunk + outlines) ≤ 80 kB gzip', bytes('map') && outlines != null ? outlines + bytes('map').datasetFirstView : null, 80_000, kB, kB);
  const fr = r.firstRender?.map?.ratios ?? {};
  const x = (v) => (v == null ? '–' : `${v.toFixed(2)}×`);
  add('Map first render (bundled data) ≤ 1.2× plain d3 SVG', fr['twinning/d3Svg']?.median, 1.2, x, (d) => `${d.toFixed(2)}×`);
  add('Map first render (bundled data) ≤ 0.8× Plot', fr['twinning/plot']?.median, 0.8, x, (d) => `${d.toFixed(2)}×`);
  add('Timeline first render ≤ 0.8× Plot', r.firstRender?.timeline?.ratios?.['twinning/plot']?.median, 0.8, x, (d) => `${d.toFixed(2)}×`);
  add('Chart first render ≤ 0.8× Plot', r.firstRender?.chart?.ratios?.['twinning/plot']?.median, 0.8, x, (d) => `${d.toFixed(2)}×`);
  const s80 = r.scale?.find((s) => s.agreements === 80);
  add('Map first render at 80 synthetic ≤ 1.2× plain d3 SVG', s80?.ratios?.['twinning/d3Svg']?.median, 1.2, x, (d) => `${d.toFixed(2)}×`);
  const s26 = r.scale?.find((s) => s.agreements === 26000);
  add('Map first render at 26,000 ≤ 1.2× plain d3 canvas', s26?.ratios?.['twinning/d3Canvas']?.median, 1.2, x, (d) => `${d.toFixed(2)}×`);
  for (const s of r.scale ?? []) {
    if (s.skipped) continue;
    add(`Zoom at ${s.agreements.toLocaleString('en')}: ≤ 16.7 ms main-thread work per frame (median)`, s.probe?.zoomFrameMs?.median, 16.7, ms, ms);
    add(`Hover at ${s.agreements.toLocaleString('en')}: feedback < 50 ms (median of ${s.probe?.hoverMs?.n ?? 0}; p95 ${ms(s.probe?.hoverMs?.p95)})`, s.probe?.hoverMs?.median, 50, ms, ms);
  }
  // Phone-class CPU (bench/phone.mjs). RAIL: a response within 100 ms feels immediate, which
  // leaves 50 ms to process the input; a task over 50 ms is a long task.
  const ph = r.phone;
  if (ph) {
    const P = 'Phone-class CPU (4× throttle, 390 px, touch, bundled data)';
    add(`${P}: hover feedback < 100 ms (median of ${ph.hoverMs?.n ?? 0}; p95 ${ms(ph.hoverMs?.p95)})`, ph.hoverMs?.median, 100, ms, ms);
    add(`${P}: first hover on the page feedback < 100 ms`, ph.firstHoverMs, 100, ms, ms);
    add(`${P}: no task over 50 ms in the 2 s after the first pointer`, ph.firstPointerLongTasksMs ? Math.max(0, ...ph.firstPointerLongTasksMs) : null, 50, (v) => (v ? `longest ${ms(v)}` : 'none'), ms);
    add(`${P}: tap on a dot → next paint < 100 ms (Event Timing, median of ${ph.tapMs?.n ?? 0})`, ph.tapMs?.median, 100, ms, ms);
    add(`${P}: zoom notch painted < 100 ms after the wheel (median)`, ph.zoomPaintMs?.median, 100, ms, ms);
    add(`${P}: zoom notch ≤ 50 ms main-thread work, gesture end included (median)`, ph.zoomWorkMs?.median, 50, ms, ms);
  }
  for (const [tag, m] of Object.entries(r.memory ?? {})) {
    goals.push({
      goal: `<${tag}>: heap after 200 mount/unmount cycles within 10 % of baseline`, measured: m.growth == null ? m.error : pct(m.growth),
      met: m.growth != null && m.growth <= 0.1, gap: m.growth == null ? 'not measured' : m.growth <= 0.1 ? '' : `${pct(m.growth - 0.1)} over`,
    });
    const left = m.left ? Object.entries(m.left).filter(([k, v]) => v > 0 && k !== 'listenerTargets') : [];
    goals.push({ goal: `<${tag}>: no listeners or observers left behind`, measured: m.left ? (left.map(([k, v]) => `${k} +${v}`).join(', ') || 'none left') : 'not measured', met: !!m.left && !left.length, gap: left.length ? left.map(([k, v]) => `${v} ${k}`).join(', ') : m.left ? '' : 'not measured' });
  }
  return goals;
}

export function renderMarkdown(r) {
  const L = [];
  const m = r.machine;
  const goals = r.goals ?? evaluateGoals(r);
  L.push('# Benchmark results', '', `Written by \`npm run bench\` (bench/run.mjs) on ${m.date.slice(0, 10)}; the whole run took ${r.seconds} s. See bench/README.md for what is measured and how to read it.`, '');
  L.push('## Machine', '', '| | |', '|---|---|', `| CPU | ${m.cpu} |`, `| Cores | ${m.cores} |`, `| Memory | ${m.memoryGiB} GiB |`, `| Browser | ${m.browser} (headless, --disable-gpu) |`, `| Node | ${m.node} |`, `| Platform | ${m.platform} |`, '');
  L.push('## Goals', '', 'Every goal of issue 13, measured in this run. Where one is missed, the last column gives the measured reason and the next step (bench/lib/next-steps.mjs, written from the measurements below).', '',
    '| Goal | Measured | Met | Missed by | Reason and next step |', '|---|---|---|---|---|');
  for (const g of goals) L.push(`| ${g.goal.replace(/</g, '&lt;')} | ${g.measured} | ${g.met ? 'yes' : '**no**'} | ${g.gap} | ${g.met ? '' : (nextStep(g.goal) ?? '').replace(/</g, '&lt;')} |`);
  L.push('');
  if (r.bytes?.length) {
    const plot = { map: 'plot-map.js', timeline: 'plot-timeline.js', chart: 'plot-chart.js' };
    L.push('## Bytes before first render (library build, in the browser)', '',
      'Pages load the library build (`npm run build:lib`) with a script tag and the element on the bundled data, in a fresh browser context. Every response until the element has drawn its marks is counted, each gzipped -9 as served: code (all scripts, lazy ones included when the first paint waited for them), then, until the network is quiet, the dataset chunk and the outline assets. 1 kB = 1,000 bytes. "vs Plot" is the same job\'s Plot bundle (esbuild, below).', '',
      '| Page | lang | code before first render | vs Plot | dataset (first view) | outlines (first view) | files |', '|---|---|---:|---:|---:|---:|---|');
    for (const b of r.bytes) {
      if (b.error) { L.push(`| ${b.page} | ${b.lang} | failed: ${b.error} | | | | |`); continue; }
      const peer = r.weight.peers[plot[b.page]];
      L.push(`| ${b.page} | ${b.lang} | **${kB(b.codeBeforeRender)}** | ${peer ? `${(b.codeBeforeRender / peer.gzip).toFixed(2)}×` : ''} | ${kB(b.datasetFirstView)} | ${kB(b.basemapFirstView)} ${b.basemapFiles.length ? `(${b.basemapFiles.map((f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')).join(', ')})` : ''} | ${b.codeFiles.map((f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js/, '')).join(', ')} |`);
    }
    L.push('');
  }
  const own = r.weight.own;
  L.push('## Where the bytes go (esbuild analysis: min+gzip, esbuild --minify, gzip -9)', '', 'For finding what to cut: the same sources bundled by esbuild with a per-package split. esbuild keeps some lazily imported modules eager that Rolldown (the library build above) splits off, so these totals run higher than the build\'s. Eager code only: chunks behind a dynamic import (basemap, bundled dataset) are listed under assets. Lit and d3 shares are the gzip size split in proportion to minified bytes.', '');
  L.push('| Entry | min | min+gzip | Lit | d3 | Twinning code (core + schema + element) |', '|---|---:|---:|---:|---:|---:|');
  for (const [name, w] of Object.entries(own)) {
    const ours = Object.entries(w.packages).filter(([k]) => k.startsWith('@twinning/')).reduce((s, [, v]) => s + v, 0);
    L.push(`| ${name} (${w.entry}) | ${kB(w.min)} | **${kB(w.gzip)}** | ${kB(w.lit)} | ${kB(w.d3)} | ${kB(ours)} |`);
  }
  L.push('', '### Where the bytes go (gzip share)', '', '| Part | ' + Object.keys(own).join(' | ') + ' |', '|---|' + Object.keys(own).map(() => '---:').join('|') + '|');
  const areaNames = [...new Set(Object.values(own).flatMap((w) => Object.keys(w.areas)))];
  for (const a of areaNames) L.push(`| ${a} | ${Object.values(own).map((w) => kB(w.areas[a]?.gzip)).join(' | ')} |`);
  const pkgNames = [...new Set(Object.values(own).flatMap((w) => Object.keys(w.packages)))].sort((a, b) => (own.kit.packages[b] ?? 0) - (own.kit.packages[a] ?? 0));
  L.push('', '| Package | ' + Object.keys(own).join(' | ') + ' |', '|---|' + Object.keys(own).map(() => '---:').join('|') + '|');
  for (const p of pkgNames) L.push(`| ${p} | ${Object.values(own).map((w) => kB(w.packages[p])).join(' | ')} |`);
  L.push('', '### Assets loaded apart', '', '| Asset | raw | gzip |', '|---|---:|---:|');
  for (const [name, a] of Object.entries(r.weight.assets)) L.push(`| ${name} | ${kB(a.raw)} | ${kB(a.gzip)} |`);
  L.push('', '### Peers, bundled the same way for the same job', '', '| Peer entry | Job | min | min+gzip | largest parts (gzip) |', '|---|---|---:|---:|---|');
  for (const [file, p] of Object.entries(r.weight.peers).sort((a, b) => a[1].gzip - b[1].gzip)) {
    L.push(`| bench/peers/${file} | ${p.job} | ${kB(p.min)} | **${kB(p.gzip)}** | ${Object.entries(p.largest).map(([k, v]) => `${k} ${kB(v)}`).join(', ')} |`);
  }
  L.push('');
  const fr = r.firstRender;
  if (fr) {
    L.push('## First render (navigation start → first frame with everything drawn)', '', `Dataset: ${fr.dataset}; ${fr.runs} interleaved runs per page, each in a fresh browser context. Median (min–max). The map runs with \`layout="globe"\` so every page draws one Natural Earth view of 960 × 528 px.`, '');
    for (const [what, block] of [['Map', fr.map], ['Timeline', fr.timeline], ['Activity chart', fr.chart]]) {
      L.push(`| ${what} page | time | paired ratio (twinning / page) |`, '|---|---|---|');
      for (const [k, s] of Object.entries(block.summary)) L.push(`| ${k} | ${range(s)} | ${k === 'twinning' ? '' : ratio(block.ratios[`twinning/${k}`])} |`);
      for (const [k, e] of Object.entries(block.errors ?? {})) L.push(`| ${k} error | ${e.replace(/\|/g, '/')} | |`);
      L.push('');
    }
  }
  if (r.scale) {
    L.push('## Scale (synthetic agreements, seeded; bench/synthetic.mjs)', '', '| Agreements | map first render | d3 canvas | d3 SVG | map / canvas | map / SVG | zoom frame (main thread) | element update per zoom | hover | heap | DOM nodes | canvases |', '|---:|---|---|---|---|---|---|---|---|---:|---:|---:|');
    for (const s of r.scale) {
      if (s.skipped) { L.push(`| ${s.agreements.toLocaleString('en')} | skipped: ${s.skipped} | | | | | | | | | | |`); continue; }
      const p = s.probe ?? {};
      L.push(`| ${s.agreements.toLocaleString('en')} | ${range(s.firstRender.twinning)} | ${range(s.firstRender.d3Canvas)} | ${range(s.firstRender.d3Svg)} | ${ratio(s.ratios['twinning/d3Canvas'])} | ${ratio(s.ratios['twinning/d3Svg'])} | ${range(p.zoomFrameMs)} | ${p.zoomUpdateMs?.n === 0 ? 'none (no re-render)' : range(p.zoomUpdateMs)} | ${p.hoverNote ?? `${range(p.hoverMs)}, p95 ${ms(p.hoverMs?.p95)}, n ${p.hoverMs?.n}`} | ${p.heapMB ? `${p.heapMB.toFixed(1)} MB` : '–'} | ${p.domNodes?.toLocaleString('en') ?? '–'} | ${p.canvases ?? '–'} |`);
      for (const [k, e] of Object.entries(s.errors ?? {})) L.push(`| | ${k} error: ${e.replace(/\|/g, '/')} | | | | | | | | | | |`);
      if (p.error) L.push(`| | probe error: ${p.error.replace(/\|/g, '/')} | | | | | | | | | | |`);
    }
    L.push('', 'Zoom frame: Chromium\'s main-thread task time (CDP `TaskDuration`) from one wheel notch until two animation frames after it, median of the notches after the first; element update per zoom: the time of each Lit update a notch causes (none since zoom moves layers by transform and redraws only the canvas). Hover: pointer event time stamp → the animation frame after the element\'s update completes.', '');
  }
  const ph = r.phone;
  if (ph) {
    L.push('## Phone-class CPU (bench/phone.mjs)', '', `\`<twinning-map>\` from the library build on the bundled data (${ph.agreements ?? '–'} links drawn, default split view) at ${ph.width} × ${ph.height} CSS px, device pixel ratio ${ph.deviceScaleFactor}, touch and mobile emulation, CPU throttled ${ph.cpuThrottling}× (CDP \`Emulation.setCPUThrottlingRate\`) from navigation on. Times are on the throttled clock; on a loaded shared machine they vary by 2× or more (load average at the start of this measure: ${ph.loadAverage ?? '–'}), the layout counts do not.`, '');
    if (ph.error) L.push(`Failed: ${ph.error}`, '');
    L.push('| Measure | value |', '|---|---|',
      `| first render (navigation → links drawn) | ${ms(ph.firstRenderMs)} |`,
      `| first hover (first pointer; chunks it loaded: ${(ph.firstPointerChunks ?? []).join(', ') || 'none'}) → painted feedback | ${ms(ph.firstHoverMs)} |`,
      `| tasks over 50 ms in the 2 s after the first pointer | ${ph.firstPointerLongTasksMs?.length ? ph.firstPointerLongTasksMs.map(ms).join(', ') : 'none'} |`,
      `| hover → painted feedback | ${range(ph.hoverMs)}, p95 ${ms(ph.hoverMs?.p95)}, n ${ph.hoverMs?.n ?? 0} |`,
      `| layouts per hover (onto a dot and away) | ${ph.layoutsPerHover ?? '–'} |`,
      `| tap → next paint (Event Timing) | ${range(ph.tapMs)}, n ${ph.tapMs?.n ?? 0} |`,
      `| layouts per tap | ${ph.layoutsPerTap ?? '–'} |`,
      `| zoom notch → painted | ${range(ph.zoomPaintMs)} |`,
      `| zoom notch main-thread work until painted | ${range(ph.zoomFrameWorkMs)} |`,
      `| zoom notch main-thread work, gesture end included | ${range(ph.zoomWorkMs)} |`, '');
  }
  const t = r.timelineScale;
  if (t) {
    L.push(`## Timeline at ${t.lanes.toLocaleString('en')} lanes and ${t.activities.toLocaleString('en')} activities`, '', '| Page | first render | ratio |', '|---|---|---|');
    for (const [k, s] of Object.entries(t.firstRender)) L.push(`| ${k} | ${range(s)} | ${k === 'twinning' ? '' : ratio(t.ratios[`twinning/${k}`])} |`);
    for (const [k, e] of Object.entries(t.errors ?? {})) L.push(`| ${k} error | ${e.replace(/\|/g, '/')} | |`);
    L.push('', `<twinning-timeline>: ${t.domNodes?.toLocaleString('en') ?? '–'} DOM nodes, ${t.heapMB?.toFixed(1) ?? '–'} MB JS heap after GC.`.replace(/</g, '&lt;'), '');
  }
  if (r.memory) {
    L.push('## Memory: 200 mount/unmount cycles (bundled data)', '', `The baseline is taken after ${Object.values(r.memory).find((m) => m.warmUp)?.warmUp ?? 3} warm-up cycles, which fill what a page keeps once (lazy chunks, UI text, formatters); the change is what the 200 cycles after it leave.`, '', '| Element | time | heap before → after GC | change | left behind (listeners on window/document, elsewhere; observers; intervals) |', '|---|---:|---|---:|---|');
    for (const [tag, mm] of Object.entries(r.memory)) {
      if (mm.error) { L.push(`| &lt;${tag}> | | error: ${mm.error} | | |`); continue; }
      L.push(`| &lt;${tag}> | ${mm.seconds} s | ${mm.baselineMB.toFixed(2)} → ${mm.afterMB.toFixed(2)} MB | ${pct(mm.growth)} | ${Object.entries(mm.left).map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${v}`).join(', ')} |`);
    }
    L.push('');
  }
  try {
    const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
    L.push('## Byte budgets enforced by `npm test` (test/node/budgets.test.mjs)', '', 'What a page fetches from the library build before anything lazy (the file and its static chunks, gzip -9 each); the basemap row is the default split view\'s outline assets.', '', '| Entry | goal | enforced budget | measured now | gap to goal |', '|---|---:|---:|---:|---|');
    for (const [name, b] of Object.entries(budgets.entries)) {
      let now = null;
      try {
        now = name === 'basemap' ? r.weight.defaultBasemapGzip : closure(distDir(ROOT), b.files).gzip;
      } catch { /* no build */ }
      L.push(`| ${name} (${[b.files].flat().join(' + ')}) | ${kB(b.goal)} | ${kB(b.budget)} | ${kB(now)} | ${b.goal == null ? 'no goal' : now > b.goal ? `${kB(now - b.goal)} over (${((now / b.goal - 1) * 100).toFixed(0)} %)` : 'met'} |`);
    }
    L.push('');
  } catch { /* budgets not recorded yet */ }
  if (r.notes?.length) L.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return `${L.join('\n')}\n`;
}
