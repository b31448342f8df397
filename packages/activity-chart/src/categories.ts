/**
 * Category colours, names and print/forced-colour textures.
 *
 * Colours resolve at the point of use: `var(--twinning-category-<slug>, <dataset colour or default>)`.
 * Colours and names come from @twinning/schema's category vocabulary, the one source every
 * element shares (Paul Tol's colour-blind-safe palette); textures carry the distinction when
 * colour cannot.
 */
import { categoryColor as vocabularyColor, categoryLabelIn, DEFAULT_CATEGORIES, type ResolvedText, type TwinningDataset } from '@twinning/schema';
import { categoryColorVar, categorySlug, type Locale } from '@twinning/core';

export { categorySlug };

/** The order categories are listed in: the dataset's declared ones, then the defaults. */
export function knownCategories(dataset: TwinningDataset | null): string[] {
  const declared = (dataset?.categories ?? []).map((c) => c.id);
  return [...new Set([...declared, ...DEFAULT_CATEGORIES])];
}

/** `var(--twinning-category-<slug>, fallback)`, the fallback from the dataset, the defaults, or a grey. */
export function categoryColor(category: string, dataset: TwinningDataset | null): string {
  return categoryColorVar(category, dataset);
}

/** A category's name in `locale`: the dataset's label, else the built-in one, else the slug. */
export function categoryLabel(category: string, dataset: TwinningDataset | null, locale: Locale): ResolvedText {
  return categoryLabelIn(dataset, category, locale);
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
export function categoryInk(category: string, dataset: TwinningDataset | null): string {
  const lum = luminance(vocabularyColor(dataset, category));
  const ink = lum !== null && lum > 0.3 ? '#1d2330' : '#ffffff';
  return `var(--twinning-category-${categorySlug(category)}-ink, ${ink})`;
}
