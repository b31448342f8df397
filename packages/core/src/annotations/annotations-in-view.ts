/**
 * Which editors' notes belong in a view, numbered in reading order, with their text in the
 * reader's language and a label for what each is about. Pure: no DOM, no Lit.
 */
import { categoryLabelIn, type Annotation, type TwinningDataset } from '@twinning/schema';
import { dataText, type DataText } from '../data-text.ts';
import type { DatasetView, Filters } from '../filters.ts';
import type { Locale } from '../locale.ts';
import { placeName } from '../names.ts';

/** What a note is attached to. */
export type AnnotationTargetKind = 'twinning' | 'place' | 'activity' | 'category' | 'years';

/** A note as a view shows it. */
export interface ViewAnnotation {
  readonly id: string;
  /** 1-based, in the order the notes are read (their order in the data). */
  readonly number: number;
  readonly kind: AnnotationTargetKind;
  /** The target's id (for years, the first year as a string). */
  readonly target: string;
  /** First and last year, inclusive, for a year or range. */
  readonly years?: readonly [number, number];
  /** For an activity: its agreement, so an element that draws agreements can point at it. */
  readonly twinning?: string;
  /** The note in the reader's language (with its real language and a fallback marker). */
  readonly text: DataText;
  /** What the note is about, as the reader reads it: "Burnaby – Kushiro", "1980–1989". */
  readonly about: { readonly text: string; readonly lang: string };
  readonly sources: readonly string[];
}

function kindOf(a: Annotation): AnnotationTargetKind | null {
  if (a.twinning !== undefined) return 'twinning';
  if (a.place !== undefined) return 'place';
  if (a.activity !== undefined) return 'activity';
  if (a.category !== undefined) return 'category';
  if (a.year !== undefined) return 'years';
  return null;
}

function overlaps(from: number, to: number, filters: Filters): boolean {
  return (filters.since === undefined || to >= filters.since) && (filters.until === undefined || from <= filters.until);
}

function twinningLabel(dataset: TwinningDataset, id: string, locale: Locale): { text: string; lang: string } {
  const twinning = dataset.twinnings.find((t) => t.id === id);
  const names = (twinning?.places ?? []).flatMap((p) => dataset.places.filter((place) => place.id === p)).map((p) => placeName(p, locale).text);
  return { text: names.length ? names.join(' – ') : id, lang: 'und' };
}

/**
 * The notes of `annotations` whose target the view shows: an agreement, place or activity still
 * in the filtered view, a category the category filter keeps and some activity in view carries,
 * a year or range that overlaps `since`–`until`. Numbered from 1 in data order.
 */
export function annotationsInView(annotations: readonly Annotation[], view: DatasetView, filters: Filters, locale: Locale): ViewAnnotation[] {
  const dataset = view.resolved.dataset;
  const inView = new Set(view.twinnings.map((t) => t.id));
  const places = new Set(view.twinnings.flatMap((t) => t.places));
  const activities = new Map(view.activities.map((a) => [a.id, a]));
  const categories = new Set(view.activities.flatMap((a) => a.categories));
  const out: ViewAnnotation[] = [];
  for (const a of annotations) {
    const kind = kindOf(a);
    if (kind === null) continue;
    let about: { text: string; lang: string };
    let twinning: string | undefined;
    let years: [number, number] | undefined;
    if (kind === 'twinning') {
      if (!inView.has(a.twinning!)) continue;
      about = twinningLabel(dataset, a.twinning!, locale);
    } else if (kind === 'place') {
      const place = view.placeById.get(a.place!);
      if (!place || !places.has(place.id)) continue;
      about = placeName(place, locale);
    } else if (kind === 'activity') {
      const activity = activities.get(a.activity!);
      if (!activity) continue;
      twinning = activity.twinning;
      const title = dataText(activity.title, locale, activity.original);
      about = { text: title.text, lang: title.lang };
    } else if (kind === 'category') {
      if (!categories.has(a.category!) || (filters.categories && !filters.categories.includes(a.category!))) continue;
      about = categoryLabelIn(dataset, a.category!, locale);
    } else {
      years = [a.year!, a.until ?? a.year!];
      if (!overlaps(years[0], years[1], filters)) continue;
      about = { text: years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`, lang: 'und' };
    }
    const target = kind === 'years' ? String(a.year) : (a.twinning ?? a.place ?? a.activity ?? a.category)!;
    out.push({
      id: a.id, number: out.length + 1, kind, target, text: dataText(a.text, locale), about, sources: a.sources ?? [],
      ...(years ? { years } : {}), ...(twinning ? { twinning } : {}),
    });
  }
  return out;
}
