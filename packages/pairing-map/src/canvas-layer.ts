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

interface Prepared {
  readonly land: Path2D;
  readonly groups: readonly { readonly color: string; readonly dash: number[]; readonly path: Path2D }[];
}

const prepared = new WeakMap<CanvasScene, Prepared>();

/** Dots filled per path (see drawScene). */
const DOTS_PER_FILL = 2048;

function prepare(scene: CanvasScene): Prepared {
  let ready = prepared.get(scene);
  if (ready) return ready;
  const land = new Path2D();
  for (const d of scene.land) land.addPath(new Path2D(d));
  const byStyle = new Map<string, { color: string; dash: number[]; path: Path2D }>();
  for (const link of scene.links) {
    const key = `${link.color}|${link.dash ?? ''}`;
    let group = byStyle.get(key);
    if (!group) byStyle.set(key, (group = { color: link.color, dash: link.dash ? link.dash.split(/[ ,]+/).map(Number) : [], path: new Path2D() }));
    group.path.addPath(new Path2D(link.d));
  }
  ready = { land, groups: [...byStyle.values()] };
  prepared.set(scene, ready);
  return ready;
}

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
  const { land, groups } = prepare(scene);
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
  for (const group of groups) {
    context.strokeStyle = group.color;
    context.setLineDash(group.dash.map((n) => n * px));
    context.stroke(group.path);
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
