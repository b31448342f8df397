/**
 * Category glyphs: each category is drawn with its colour and its shape (schema's
 * `categoryShape`), so colour is never the only cue. The shapes are d3-shape's symbols (same
 * geometry, same area for a size, same path text rounded to 3 decimals), written out here so the
 * timeline does not load d3-shape and d3-path for seven fixed outlines. Paths are cached.
 */
import { categoryColorVar } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';
import { categoryShape, type CategoryShape } from '@twinning/schema';

type Point = readonly [number, number];

/** A number as d3-path writes it: rounded to 3 decimals, -0 as 0. */
const num = (v: number) => `${Math.round(v * 1000) / 1000}`;
const polygon = (points: readonly Point[]) => `M${points.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}Z`;

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);
/** d3-shape's star constants: area factor, inner radius ratio, first inner point. */
const STAR_AREA = 0.8908130915292852;
const STAR_INNER = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const STAR_X = Math.sin(Math.PI / 5) * STAR_INNER;
const STAR_Y = -Math.cos(Math.PI / 5) * STAR_INNER;
/** d3-shape's wye constants. */
const WYE_K = 1 / Math.sqrt(12);
const WYE_AREA = (WYE_K / 2 + 1) * 3;

/** The outline of each shape with area `size` px², centred on (0, 0). */
const SHAPES: Record<CategoryShape, (size: number) => string> = {
  circle: (size) => {
    const r = Math.sqrt(size / Math.PI);
    return `M${num(r)},0A${num(r)},${num(r)},0,1,1,${num(-r)},0A${num(r)},${num(r)},0,1,1,${num(r)},0`;
  },
  square: (size) => {
    const w = Math.sqrt(size);
    return `M${num(-w / 2)},${num(-w / 2)}h${num(w)}v${num(w)}h${num(-w)}Z`;
  },
  triangle: (size) => {
    const y = -Math.sqrt(size / (SQRT3 * 3));
    return polygon([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
  },
  diamond: (size) => {
    const y = Math.sqrt(size / (TAN30 * 2));
    const x = y * TAN30;
    return polygon([[0, -y], [x, 0], [0, y], [-x, 0]]);
  },
  cross: (size) => {
    const r = Math.sqrt(size / 5) / 2;
    return polygon([[-3 * r, -r], [-r, -r], [-r, -3 * r], [r, -3 * r], [r, -r], [3 * r, -r], [3 * r, r], [r, r], [r, 3 * r], [-r, 3 * r], [-r, r], [-3 * r, r]]);
  },
  star: (size) => {
    const r = Math.sqrt(size * STAR_AREA);
    const [x, y] = [STAR_X * r, STAR_Y * r];
    const points: Point[] = [[0, -r], [x, y]];
    for (let i = 1; i < 5; ++i) {
      const a = (Math.PI * 2 * i) / 5;
      const [c, s] = [Math.cos(a), Math.sin(a)];
      points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
    }
    return polygon(points);
  },
  wye: (size) => {
    const r = Math.sqrt(size / WYE_AREA);
    const [c, s] = [-0.5, SQRT3 / 2];
    const arm: Point[] = [[r / 2, r * WYE_K], [r / 2, r * WYE_K + r], [-r / 2, r * WYE_K + r]];
    return polygon([...arm, ...arm.map(([x, y]): Point => [c * x - s * y, s * x + c * y]), ...arm.map(([x, y]): Point => [c * x + s * y, c * y - s * x])]);
  },
};

const paths = new Map<string, string>();

/** The SVG path of a category's glyph centred on (0, 0), with area `size` px². */
export function glyphPath(category: string, size = 80): string {
  const key = `${category}:${size}`;
  let path = paths.get(key);
  if (path === undefined) paths.set(key, (path = SHAPES[categoryShape(category)](size)));
  return path;
}

/** `var(--twinning-category-<slug>, <dataset or default colour>)`, resolved at the point of use. */
export function categoryFill(category: string, dataset: TwinningDataset | null): string {
  return categoryColorVar(category, dataset);
}
