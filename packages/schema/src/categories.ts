/**
 * Labels, colours and shapes of activity categories. A dataset's `categories` list overrides the
 * defaults (label, colour) and may add categories of its own.
 */
import { textIn } from './text.ts';
import type { CategoryDef, Text, TwinningDataset } from './types.ts';
import { DEFAULT_CATEGORIES, type DefaultCategory } from './vocabularies.ts';

/** The label (en, fr, ja) and colour of a default category. */
export interface DefaultCategoryDef {
  readonly id: DefaultCategory;
  readonly label: { readonly en: string; readonly fr: string; readonly ja: string };
  readonly color: string;
}

/*
 * Colours: Paul Tol's qualitative "muted" scheme (nine colours chosen to stay distinct under the
 * common forms of colour-blindness; P. Tol, "Colour Schemes", SRON technical note, 2021), in the
 * order Tol lists them, so the five commonest categories get the five most distinct colours. The
 * tenth is the blue of Tol's "bright" scheme; it is the closest to another (indigo), so it goes to a rarer category;
 * "other" takes Tol's pale grey. Charts pair every colour with a shape (CATEGORY_SHAPES), so no
 * category is told apart by colour alone.
 */
const DEFS: readonly DefaultCategoryDef[] = [
  { id: 'administration', label: { en: 'Administration', fr: 'Administration', ja: '行政' }, color: '#CC6677' },
  { id: 'commemoration', label: { en: 'Commemoration', fr: 'Commémoration', ja: '記念行事' }, color: '#332288' },
  { id: 'youth', label: { en: 'Youth', fr: 'Jeunesse', ja: '青少年' }, color: '#DDCC77' },
  { id: 'culture', label: { en: 'Culture', fr: 'Culture', ja: '文化' }, color: '#117733' },
  { id: 'education', label: { en: 'Education', fr: 'Éducation', ja: '教育' }, color: '#88CCEE' },
  { id: 'sport', label: { en: 'Sport', fr: 'Sport', ja: 'スポーツ' }, color: '#882255' },
  { id: 'tourism', label: { en: 'Tourism', fr: 'Tourisme', ja: '観光' }, color: '#44AA99' },
  { id: 'business', label: { en: 'Business', fr: 'Affaires', ja: '経済' }, color: '#999933' },
  { id: 'indigenous', label: { en: 'Indigenous', fr: 'Autochtones', ja: '先住民族' }, color: '#AA4499' },
  { id: 'disaster-relief', label: { en: 'Disaster relief', fr: 'Aide aux sinistrés', ja: '災害支援' }, color: '#4477AA' },
  { id: 'other', label: { en: 'Other', fr: 'Autre', ja: 'その他' }, color: '#DDDDDD' },
];

/** Label and colour of every default category, keyed by id. */
export const DEFAULT_CATEGORY_DEFS: { readonly [id in DefaultCategory]: DefaultCategoryDef } = Object.freeze(
  Object.fromEntries(DEFAULT_CATEGORIES.map((id) => [id, DEFS.find((d) => d.id === id)!])) as { [id in DefaultCategory]: DefaultCategoryDef },
);

/** The default categories, most common first: the order legends and palettes use. */
export const CATEGORY_ORDER: readonly DefaultCategory[] = DEFS.map((d) => d.id);

/**
 * Shapes that give each category a second, non-colour cue. The names are d3-shape's filled
 * symbols (symbolCircle, symbolSquare, …), so charts can draw them with `d3.symbol()`.
 */
export const CATEGORY_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type CategoryShape = (typeof CATEGORY_SHAPES)[number];

/** Colours used for added categories that declare none: the muted scheme without grey. */
const EXTRA_COLORS = DEFS.slice(0, 10).map((d) => d.color);

function isDefault(id: string): id is DefaultCategory {
  return (DEFAULT_CATEGORIES as readonly string[]).includes(id);
}

function hash(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h;
}

function override(dataset: Pick<TwinningDataset, 'categories'> | null | undefined, id: string): CategoryDef | undefined {
  return dataset?.categories?.find((c) => c.id === id);
}

/**
 * The shape of a category. Default categories have fixed shapes, the five commonest the five
 * plainest; together with colour no two default categories look alike. Added categories get a
 * shape from their id, so it is stable across datasets.
 */
export function categoryShape(id: string): CategoryShape {
  const index = isDefault(id) ? CATEGORY_ORDER.indexOf(id) : hash(id);
  return CATEGORY_SHAPES[index % CATEGORY_SHAPES.length]!;
}

/**
 * The label of a category in `lang`, with its language: the dataset's own label first, then the
 * default label (en, fr, ja; other languages fall back to English), then the id itself.
 */
export function categoryLabelIn(dataset: Pick<TwinningDataset, 'categories'> | null | undefined, id: string, lang: string): { text: string; lang: string } {
  const own: Text | undefined = override(dataset, id)?.label;
  const resolved = textIn(own, lang);
  if (resolved.text !== '') return resolved;
  if (isDefault(id)) return textIn(DEFAULT_CATEGORY_DEFS[id].label, lang);
  return { text: id, lang: 'und' };
}

/** The label of a category in `lang` (see `categoryLabelIn` for the fallback order). */
export function categoryLabel(dataset: Pick<TwinningDataset, 'categories'> | null | undefined, id: string, lang: string): string {
  return categoryLabelIn(dataset, id, lang).text;
}

/**
 * The colour of a category: the dataset's own colour first, then the default colour; an added
 * category without a colour gets one of the palette's colours, chosen from its id.
 */
export function categoryColor(dataset: Pick<TwinningDataset, 'categories'> | null | undefined, id: string): string {
  const own = override(dataset, id)?.color;
  if (own) return own;
  if (isDefault(id)) return DEFAULT_CATEGORY_DEFS[id].color;
  return EXTRA_COLORS[hash(id) % EXTRA_COLORS.length]!;
}
