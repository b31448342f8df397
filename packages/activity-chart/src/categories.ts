/**
 * Category colours, names and print/forced-colour textures.
 *
 * Colours resolve at the point of use: `var(--twinning-category-<slug>, <dataset colour or default>)`.
 * The defaults are Paul Tol's colour-blind-safe "muted" scheme (plus two greys), in the order of
 * `DEFAULT_CATEGORIES`; textures carry the distinction when colour cannot.
 */
import { DEFAULT_CATEGORIES, textIn, type ResolvedText, type TwinningDataset } from '@twinning/schema';
import type { Locale } from '@twinning/core';
import { CATEGORY_LABELS } from './twinning-activity-chart.messages.ts';

const TOL_MUTED = ['#332288', '#CC6677', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499', '#6E6E6E', '#BBBBBB'];

/** Default colour of each default category. */
export const DEFAULT_CATEGORY_COLORS: Readonly<Record<string, string>> = Object.fromEntries(
  DEFAULT_CATEGORIES.map((slug, index) => [slug, TOL_MUTED[index]!]),
);

/** A CSS-safe form of a category slug for custom property names and ids. */
export function categorySlug(category: string): string {
  return category.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** The order categories are listed in: the dataset's declared ones, then the defaults. */
export function knownCategories(dataset: TwinningDataset | null): string[] {
  const declared = (dataset?.categories ?? []).map((c) => c.id);
  return [...new Set([...declared, ...DEFAULT_CATEGORIES])];
}

/** `var(--twinning-category-<slug>, fallback)`, the fallback from the dataset, the defaults, or a grey. */
export function categoryColor(category: string, dataset: TwinningDataset | null, index = 0): string {
  const declared = dataset?.categories?.find((c) => c.id === category)?.color;
  const fallback = declared ?? DEFAULT_CATEGORY_COLORS[category] ?? TOL_MUTED[index % TOL_MUTED.length]!;
  return `var(--twinning-category-${categorySlug(category)}, ${fallback})`;
}

/** A category's name in `locale`: the dataset's label, else the built-in one, else the slug. */
export function categoryLabel(category: string, dataset: TwinningDataset | null, locale: Locale): ResolvedText {
  const declared = dataset?.categories?.find((c) => c.id === category)?.label;
  if (declared) return textIn(declared, locale);
  const builtIn = CATEGORY_LABELS[locale][category];
  return builtIn ? { text: builtIn, lang: locale } : { text: category, lang: 'und' };
}

/** Texture kinds, cycled over categories: line angles and dot grids, distinct in black and white. */
const TEXTURES = ['diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'anti-diagonal', 'grid', 'dense-dots', 'zigzag', 'solid', 'sparse'] as const;

/** The texture used for the category at `index` in the known order. */
export function textureFor(index: number): (typeof TEXTURES)[number] {
  return TEXTURES[index % TEXTURES.length]!;
}

/** Relative luminance of a #rrggbb colour (WCAG), or null for other syntaxes. */
function luminance(color: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const channel = (i: number) => {
    const c = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Text colour for a label drawn on the category's fill: dark on light fills, white on dark ones,
 * judged from the fallback colour; overridable with `--twinning-category-<slug>-ink`.
 */
export function categoryInk(category: string, dataset: TwinningDataset | null, index = 0): string {
  const declared = dataset?.categories?.find((c) => c.id === category)?.color;
  const fallback = declared ?? DEFAULT_CATEGORY_COLORS[category] ?? TOL_MUTED[index % TOL_MUTED.length]!;
  const lum = luminance(fallback);
  const ink = lum !== null && lum > 0.3 ? '#1d2330' : '#ffffff';
  return `var(--twinning-category-${categorySlug(category)}-ink, ${ink})`;
}
