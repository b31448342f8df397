/**
 * Category glyphs: each category is drawn with its colour and its shape (schema's
 * `categoryShape`), so colour is never the only cue. Paths are d3-shape symbols, cached.
 */
import { categoryColorVar } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';
import { categoryShape, type CategoryShape } from '@twinning/schema';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

const SYMBOLS: Record<CategoryShape, SymbolType> = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond,
  cross: symbolCross, star: symbolStar, wye: symbolWye,
};
const paths = new Map<string, string>();

/** The SVG path of a category's glyph centred on (0, 0), with area `size` px². */
export function glyphPath(category: string, size = 80): string {
  const key = `${category}:${size}`;
  let path = paths.get(key);
  if (path === undefined) paths.set(key, (path = symbol(SYMBOLS[categoryShape(category)], size)() ?? ''));
  return path;
}

/** `var(--twinning-category-<slug>, <dataset or default colour>)`, resolved at the point of use. */
export function categoryFill(category: string, dataset: TwinningDataset | null): string {
  return categoryColorVar(category, dataset);
}
