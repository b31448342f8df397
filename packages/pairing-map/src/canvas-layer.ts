/**
 * Draws land, links and dots on a canvas, for datasets too large for one SVG node per mark.
 * Links are parsed once per links array into numbers and one Path2D per style (colour and dash),
 * reused on every redraw (once per zoom gesture; a gesture's frames move the bitmap, see
 * MapCanvas.move), so a redraw is a handful of stroke calls, not one per link. Zoomed in, a redraw
 * strokes only the links, and of a link only the segments, whose box meets the view: Chromium's
 * software raster (headless, or without a GPU) otherwise dashes and clips every off-screen link,
 * most of a zoomed-in redraw's time (26,000 links at 4×: ≈ 150 ms of renderer CPU instead of
 * ≈ 390 ms, bench/redraw-time.mjs). Dots stay arcs filled in batches: a drawImage of a pre-drawn
 * dot per dot cost more script (≈ 0.2–0.5 s for 17,000 dots) than the arcs' raster saved.
 */
import type { ZoomTransform } from './zoom-controller.ts';

/** Marks to draw, in the element's drawing space (before zoom). */
export interface CanvasScene {
  readonly width: number;
  readonly height: number;
  readonly land: readonly string[];
  readonly links: readonly { readonly d: string; readonly color: string; readonly dash?: string | undefined }[];
  readonly dots: readonly { readonly x: number; readonly y: number; readonly r: number }[];
}

/** Resolved colours of the current theme (canvas cannot read CSS custom properties). */
export interface CanvasColors {
  readonly water: string;
  readonly land: string;
  readonly border: string;
  readonly place: string;
  readonly halo: string;
}

/** Links of one style (colour and dash): all of them as one path, and each one's segments and box for culling. */
interface LinkGroup {
  readonly color: string;
  readonly dash: number[];
  /** Every link of the group, for a view that shows them all. */
  readonly path: Path2D;
  /** Segments of every link: per segment its command (see COMMANDS), its points in `points`. */
  readonly commands: Uint8Array;
  readonly points: Float64Array;
  /** Per link, 6 numbers: its first command's index, its first number's index, then the box around its points (the link lies inside it). */
  readonly links: Float64Array;
  /** The links that lie within the drawing (all but a few), for a view that shows it whole; `edge` indexes (into `links`) those that do not. */
  readonly inside: Path2D;
  readonly edge: Uint32Array;
  /** Links whose path uses other commands than absolute M, L, Q, C: always drawn. */
  readonly other: Path2D | null;
}

interface Prepared {
  readonly land: Path2D;
  readonly groups: readonly LinkGroup[];
  /** The box around every link (culling is skipped when the view holds all of it). */
  readonly box: readonly [number, number, number, number];
}

const prepared = new WeakMap<CanvasScene, Prepared>();

/** Path commands kept for culling and the count of numbers each takes. */
const COMMANDS = 'MLQC';
const NUMBERS = [2, 2, 4, 6];

/** Appends the segments of path `d` (absolute M, L, Q, C only, as pairing-links writes them) to `commands` and `points`; false (nothing appended) for any other path. */
function parse(d: string, commands: number[], points: number[]): boolean {
  const [c0, p0] = [commands.length, points.length];
  let first = true;
  for (const part of d.split(/(?=[A-Za-z])/)) {
    const command = COMMANDS.indexOf(part[0]!);
    const numbers = part.slice(1).trim().split(/[\s,]+/).map(Number);
    const count = NUMBERS[command] ?? 0;
    if (command < 0 || (first && command !== 0) || numbers.length % count !== 0 || !numbers.every(Number.isFinite)) {
      commands.length = c0;
      points.length = p0;
      return false;
    }
    first = false;
    // Repeated coordinates after one letter repeat the command (after M: as L).
    for (let i = 0; i < numbers.length; i += count) commands.push(i && command === 0 ? 1 : command);
    for (const n of numbers) points.push(n);
  }
  return !first;
}

/** The prepared links of a scene's `links` array. */
const preparedLinks = new WeakMap<CanvasScene['links'], Omit<Prepared, 'land'>>();

function prepare(scene: CanvasScene): Prepared {
  let ready = prepared.get(scene);
  if (ready) return ready;
  const land = new Path2D();
  for (const d of scene.land) land.addPath(new Path2D(d));
  ready = { land, ...prepareLinks(scene.links, scene.width, scene.height) };
  prepared.set(scene, ready);
  return ready;
}

/** The last links prepared (two: two large maps on a page), to find the same links in a new array. */
const recent: { links: CanvasScene['links']; ready: Omit<Prepared, 'land'> }[] = [];

/** Whether `a` and `b` hold the same links (the same paths and styles, in order). */
function sameLinks(a: CanvasScene['links'], b: CanvasScene['links']): boolean {
  return a.length === b.length && a.every((link, i) => link.d === b[i]!.d && link.color === b[i]!.color && link.dash === b[i]!.dash);
}

function prepareLinks(links: CanvasScene['links'], width: number, height: number): Omit<Prepared, 'land'> {
  // A scene rebuilt for the basemap's finer land past a zoom has the same links in a new array:
  // they are not prepared again (≈ 1 s at 26,000 links, at the end of that zoom gesture).
  const known = preparedLinks.get(links) ?? recent.find((entry) => sameLinks(entry.links, links))?.ready;
  if (known) {
    preparedLinks.set(links, known);
    return known;
  }
  const byStyle = new Map<string, { color: string; dash: number[]; path: Path2D; inside: Path2D; edge: number[]; commands: number[]; points: number[]; links: number[]; other: Path2D | null }>();
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const link of links) {
    const key = `${link.color}|${link.dash ?? ''}`;
    let group = byStyle.get(key);
    if (!group) {
      const dash = link.dash ? link.dash.split(/[ ,]+/).map(Number) : [];
      byStyle.set(key, (group = { color: link.color, dash, path: new Path2D(), inside: new Path2D(), edge: [], commands: [], points: [], links: [], other: null }));
    }
    const [command, point] = [group.commands.length, group.points.length];
    if (!parse(link.d, group.commands, group.points)) {
      const path = new Path2D(link.d);
      group.path.addPath(path);
      (group.other ??= new Path2D()).addPath(path);
      continue;
    }
    // Into the group's path from the numbers (a Path2D per link, parsed again and added, costs far more).
    wholeLink(group.path, group, command, group.commands.length, point);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let j = point; j < group.points.length; j += 2) {
      const [x, y] = [group.points[j]!, group.points[j + 1]!];
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    if (x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height) wholeLink(group.inside, group, command, group.commands.length, point);
    else group.edge.push(group.links.length);
    group.links.push(command, point, x0, y0, x1, y1);
    box[0] = Math.min(box[0], x0); box[1] = Math.min(box[1], y0); box[2] = Math.max(box[2], x1); box[3] = Math.max(box[3], y1);
  }
  const groups = [...byStyle.values()].map((group) => ({
    ...group, commands: Uint8Array.from(group.commands), points: Float64Array.from(group.points), links: Float64Array.from(group.links), edge: Uint32Array.from(group.edge),
  }));
  const ready = { groups, box };
  preparedLinks.set(links, ready);
  recent.unshift({ links, ready });
  recent.length = Math.min(recent.length, 2);
  return ready;
}

/** A curve segment partly in view is cut into this many pieces, and only those meeting the view are stroked. */
const PIECES = 16;

/** Whether the box around `xs`, `ys` meets `view` (x0, y0, x1, y1). */
function meets(xs: readonly number[], ys: readonly number[], view: readonly number[]): boolean {
  return !(Math.max(...xs) < view[0]! || Math.max(...ys) < view[1]! || Math.min(...xs) > view[2]! || Math.min(...ys) > view[3]!);
}

/**
 * Adds to `context`'s path the parts of one link (commands `from`…`to` of `group`, numbers from
 * `at`) that meet `view`: its line segments that do, and of a curve segment the pieces that do
 * (the curve split at t = n / PIECES, so together they are the same curve). Each run of
 * touching parts is one subpath. A dashed link's dashes then start where its visible run starts
 * rather than at its end point: the pattern is shifted along the link, its look the same.
 */
function visibleParts(context: CanvasRenderingContext2D | Path2D, group: LinkGroup, from: number, to: number, at: number, view: readonly number[]): void {
  const { commands, points } = group;
  let [x, y] = [points[at]!, points[at + 1]!];
  let open = false;
  let j = at + 2;
  for (let c = from + 1; c < to; c++) {
    const command = commands[c]!;
    const xs = [x];
    const ys = [y];
    for (let n = 0; n < NUMBERS[command]!; n += 2) xs.push(points[j + n]!), ys.push(points[j + n + 1]!);
    j += NUMBERS[command]!;
    [x, y] = [xs[xs.length - 1]!, ys[ys.length - 1]!];
    if (command === 0) {
      open = false;
      continue;
    }
    if (!meets(xs, ys, view)) {
      open = false;
      continue;
    }
    if (command === 1) {
      if (!open) context.moveTo(xs[0]!, ys[0]!);
      context.lineTo(x, y);
      open = true;
      continue;
    }
    // A curve: its pieces on [a, b] from the blossom (de Casteljau with a parameter per level).
    const blossom = (v: readonly number[], t: readonly number[]): number => {
      let level = [...v];
      for (const u of t) level = level.slice(1).map((q, k) => level[k]! + (q - level[k]!) * u);
      return level[0]!;
    };
    for (let n = 0; n < PIECES; n++) {
      const [a, b] = [n / PIECES, (n + 1) / PIECES];
      const params = command === 2 ? [[a, a], [a, b], [b, b]] : [[a, a, a], [a, a, b], [a, b, b], [b, b, b]];
      const px = params.map((t) => blossom(xs, t));
      const py = params.map((t) => blossom(ys, t));
      if (!meets(px, py, view)) {
        open = false;
        continue;
      }
      if (!open) context.moveTo(px[0]!, py[0]!);
      open = true;
      if (command === 2) context.quadraticCurveTo(px[1]!, py[1]!, px[2]!, py[2]!);
      else context.bezierCurveTo(px[1]!, py[1]!, px[2]!, py[2]!, px[3]!, py[3]!);
    }
  }
}

/** Adds the link at `links[l…l+6]` of `group` to `target` if it meets `view`: whole if it lies in the view, else the parts that meet it. */
function addLink(target: CanvasRenderingContext2D | Path2D, group: LinkGroup, l: number, view: readonly number[]): void {
  const { links, commands } = group;
  const [x0, y0, x1, y1] = [links[l + 2]!, links[l + 3]!, links[l + 4]!, links[l + 5]!];
  if (x1 < view[0]! || y1 < view[1]! || x0 > view[2]! || y0 > view[3]!) return;
  const to = l + 6 < links.length ? links[l + 6]! : commands.length;
  if (x0 >= view[0]! && y0 >= view[1]! && x1 <= view[2]! && y1 <= view[3]!) wholeLink(target, group, links[l]!, to, links[l + 1]!);
  else visibleParts(target, group, links[l]!, to, links[l + 1]!, view);
}

/** Adds link `commands[from…to]` (numbers from `at`) to `context`'s path whole. */
function wholeLink(context: CanvasRenderingContext2D | Path2D, group: { readonly commands: ArrayLike<number>; readonly points: ArrayLike<number> }, from: number, to: number, at: number): void {
  const { commands, points: p } = group;
  for (let c = from, j = at; c < to; j += NUMBERS[commands[c]!]!, c++) {
    const command = commands[c]!;
    if (command === 0) context.moveTo(p[j]!, p[j + 1]!);
    else if (command === 1) context.lineTo(p[j]!, p[j + 1]!);
    else if (command === 2) context.quadraticCurveTo(p[j]!, p[j + 1]!, p[j + 2]!, p[j + 3]!);
    else context.bezierCurveTo(p[j]!, p[j + 1]!, p[j + 2]!, p[j + 3]!, p[j + 4]!, p[j + 5]!);
  }
}

/** Dots filled per path (see drawScene). */
const DOTS_PER_FILL = 2048;

/** What each canvas shows: the scene, the zoom and the pixel ratio it was drawn at. */
const drawn = new WeakMap<HTMLCanvasElement, { scene: CanvasScene; at: ZoomTransform; ratio: number }>();

/**
 * One frame of a zoom gesture: moves the bitmap `canvas` shows, drawn at an earlier zoom, to
 * where `transform` puts it, by a CSS transform and without drawing. False when `canvas` shows
 * no bitmap of `scene` (draw instead).
 */
export function moveScene(canvas: HTMLCanvasElement, scene: CanvasScene, transform: ZoomTransform): boolean {
  const last = drawn.get(canvas);
  if (last?.scene !== scene) return false;
  // A point drawn at screen p (zoom `at`) belongs at s·p + (t − s·t_at), s = k / k_at.
  const { at } = last;
  const s = transform.k / at.k;
  canvas.style.transform = `matrix(${s},0,0,${s},${transform.x - s * at.x},${transform.y - s * at.y})`;
  return true;
}

/**
 * Draws `scene` at zoom `transform` onto `canvas`, sized for the device pixel ratio, and puts the
 * canvas back in place. A canvas already showing this scene at this zoom is kept: an update for a
 * selection changes only SVG, and a redraw costs O(links). (`colors` come from the theme, which
 * is part of the scene's key.)
 */
export function drawScene(canvas: HTMLCanvasElement, scene: CanvasScene, transform: ZoomTransform, colors: CanvasColors): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const last = drawn.get(canvas);
  if (last?.scene === scene && last.at === transform && last.ratio === ratio && !canvas.style.transform) return;
  canvas.style.transform = '';
  drawn.set(canvas, { scene, at: transform, ratio });
  const width = Math.round(scene.width * ratio);
  const height = Math.round(scene.height * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const { land, groups, box } = prepare(scene);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = colors.water;
  context.fillRect(0, 0, scene.width, scene.height);
  context.setTransform(ratio * transform.k, 0, 0, ratio * transform.k, ratio * transform.x, ratio * transform.y);
  const px = 1 / transform.k;
  context.fillStyle = colors.land;
  context.fill(land);
  context.strokeStyle = colors.border;
  context.lineWidth = 0.5 * px;
  context.stroke(land);
  context.globalAlpha = 0.55;
  context.lineWidth = 1 * px;
  context.lineCap = 'round';
  // The view in drawing space, a pixel wider on each side than the canvas (a link's stroke).
  const view = [-transform.x / transform.k - 2 * px, -transform.y / transform.k - 2 * px, (scene.width - transform.x) / transform.k + 2 * px, (scene.height - transform.y) / transform.k + 2 * px];
  const cull = view[0]! > box[0] || view[1]! > box[1] || view[2]! < box[2] || view[3]! < box[3];
  const whole = view[0]! <= 0 && view[1]! <= 0 && view[2]! >= scene.width && view[3]! >= scene.height;
  for (const group of groups) {
    context.strokeStyle = group.color;
    context.setLineDash(group.dash.map((n) => n * px));
    if (!cull) {
      context.stroke(group.path);
      continue;
    }
    if (whole) {
      // The view holds the drawing (a link or two reach past it): the links within it as prepared, the others culled.
      const path = new Path2D(group.inside);
      for (const l of group.edge) addLink(path, group, l, view);
      context.stroke(path);
    } else {
      // Zoomed in: only the links whose box meets the view (a software rasterizer otherwise still
      // walks, dashes and clips every off-screen curve: most of a redraw's time).
      context.beginPath();
      for (let l = 0; l < group.links.length; l += 6) addLink(context, group, l, view);
      context.stroke();
    }
    if (group.other) context.stroke(group.other);
  }
  context.setLineDash([]);
  // Dots are drawn in screen space so they grow more slowly than the map, as in the SVG mode.
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.globalAlpha = 0.85;
  context.fillStyle = colors.place;
  const grow = Math.sqrt(transform.k);
  // One fill per DOTS_PER_FILL dots, not one for all: software rasterizers slow down far more than
  // linearly on one path of tens of thousands of circles (65,937 dots at 100,000 links: ≈ 3.6 s as
  // one path, ≈ 1.1 s in pieces, on a loaded 2-core machine). Dots overlapping across two pieces
  // blend twice, a little darker where they overlap.
  let inPath = 0;
  context.beginPath();
  for (const dot of scene.dots) {
    const x = dot.x * transform.k + transform.x;
    const y = dot.y * transform.k + transform.y;
    if (x < -20 || y < -20 || x > scene.width + 20 || y > scene.height + 20) continue;
    context.moveTo(x + dot.r * grow, y);
    context.arc(x, y, dot.r * grow, 0, Math.PI * 2);
    if (++inPath === DOTS_PER_FILL) {
      context.fill();
      context.beginPath();
      inPath = 0;
    }
  }
  if (inPath) context.fill();
  context.globalAlpha = 1;
}
