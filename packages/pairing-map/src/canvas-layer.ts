/**
 * Draws land, links and dots on a canvas, for datasets too large for one SVG node per mark.
 * Path2D objects are built once per layout and reused on every redraw (once per zoom gesture; a
 * gesture's frames move the bitmap, see MapCanvas.move); links are batched by colour and dash so
 * a redraw is a handful of stroke calls, not one per link.
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

/** Links of one style (colour and dash): all of them as one path, and each one's curve and bounding box for culling. */
interface LinkGroup {
  readonly color: string;
  readonly dash: number[];
  /** Every link of the group, for a view that shows them all. */
  readonly path: Path2D;
  /** Per link, 8 numbers: start, control 1, control 2 (NaN for a quadratic), end. */
  readonly curves: Float64Array;
  /** Per link, 4 numbers: the box around its start, controls and end (the curve lies inside it). */
  readonly boxes: Float64Array;
  /** Links whose path is not one M…Q or M…C: always drawn. */
  readonly other: Path2D | null;
}

interface Prepared {
  readonly land: Path2D;
  readonly groups: readonly LinkGroup[];
  /** The box around every link (culling is skipped when the view holds all of it). */
  readonly box: readonly [number, number, number, number];
}

const prepared = new WeakMap<CanvasScene, Prepared>();

/** The numbers of a link path `M x,y Q cx,cy,x,y` or `M x,y C c1x,c1y,c2x,c2y,x,y` (as pairing-links writes them), else null. */
function curveOf(d: string): number[] | null {
  const match = /^M\s*([^QC]+)([QC])([^A-Za-z]+)$/.exec(d.trim());
  if (!match) return null;
  const numbers = `${match[1]},${match[3]}`.split(/[\s,]+/).filter(Boolean).map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  if (match[2] === 'Q' && numbers.length === 6) return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3]!, Number.NaN, Number.NaN, numbers[4]!, numbers[5]!];
  return match[2] === 'C' && numbers.length === 8 ? numbers : null;
}

function prepare(scene: CanvasScene): Prepared {
  let ready = prepared.get(scene);
  if (ready) return ready;
  const land = new Path2D();
  for (const d of scene.land) land.addPath(new Path2D(d));
  const byStyle = new Map<string, { color: string; dash: number[]; path: Path2D; curves: number[]; other: Path2D | null }>();
  for (const link of scene.links) {
    const key = `${link.color}|${link.dash ?? ''}`;
    let group = byStyle.get(key);
    if (!group) byStyle.set(key, (group = { color: link.color, dash: link.dash ? link.dash.split(/[ ,]+/).map(Number) : [], path: new Path2D(), curves: [], other: null }));
    const path = new Path2D(link.d);
    group.path.addPath(path);
    const curve = curveOf(link.d);
    if (curve) group.curves.push(...curve);
    else (group.other ??= new Path2D()).addPath(path);
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const groups = [...byStyle.values()].map(({ curves, ...group }) => {
    const boxes = new Float64Array(curves.length / 2);
    for (let i = 0, b = 0; i < curves.length; i += 8, b += 4) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let j = i; j < i + 8; j += 2) {
        const x = curves[j]!;
        const y = curves[j + 1]!;
        if (Number.isNaN(x)) continue;
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      }
      boxes.set([x0, y0, x1, y1], b);
      box[0] = Math.min(box[0], x0); box[1] = Math.min(box[1], y0); box[2] = Math.max(box[2], x1); box[3] = Math.max(box[3], y1);
    }
    return { ...group, curves: Float64Array.from(curves), boxes };
  });
  ready = { land, groups, box };
  prepared.set(scene, ready);
  return ready;
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
  for (const group of groups) {
    context.strokeStyle = group.color;
    context.setLineDash(group.dash.map((n) => n * px));
    if (!cull) {
      context.stroke(group.path);
      continue;
    }
    // Zoomed in: only the links whose box meets the view (a software rasterizer otherwise still
    // walks, dashes and clips every off-screen curve: the whole of a redraw's time).
    const { curves, boxes } = group;
    context.beginPath();
    for (let i = 0, b = 0; b < boxes.length; i += 8, b += 4) {
      if (boxes[b + 2]! < view[0]! || boxes[b + 3]! < view[1]! || boxes[b]! > view[2]! || boxes[b + 1]! > view[3]!) continue;
      context.moveTo(curves[i]!, curves[i + 1]!);
      if (Number.isNaN(curves[i + 4]!)) context.quadraticCurveTo(curves[i + 2]!, curves[i + 3]!, curves[i + 6]!, curves[i + 7]!);
      else context.bezierCurveTo(curves[i + 2]!, curves[i + 3]!, curves[i + 4]!, curves[i + 5]!, curves[i + 6]!, curves[i + 7]!);
    }
    context.stroke();
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
