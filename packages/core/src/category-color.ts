/**
 * A category's colour as the elements use it: the `--twinning-category-<slug>` hook of the
 * component contract, falling back to the dataset's or the default palette's colour. One place,
 * so the map, the timeline and the chart colour a category the same way.
 */
import { categoryColor, type TwinningDataset } from '@twinning/schema';

/** A CSS-safe form of a category id for custom property names and element ids. */
export function categorySlug(category: string): string {
  return category.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** `var(--twinning-category-<slug>, <dataset or default colour>)`, resolved at the point of use. */
export function categoryColorVar(category: string, dataset: Pick<TwinningDataset, 'categories'> | null | undefined): string {
  return `var(--twinning-category-${categorySlug(category)}, ${categoryColor(dataset, category)})`;
}
