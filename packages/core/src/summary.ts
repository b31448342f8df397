/**
 * The generated summary of the agreements in view, e.g. "57 agreements between 50 places in
 * Canada and 56 places in Japan, signed 1963–2019. Most in British Columbia (26)."
 */
import { countAgreements, type TwinningDataset } from '@twinning/schema';
import type { DatasetView } from './filters.ts';
import { formatList } from './format.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';
import { countryName, regionName } from './names.ts';

/** Counts of the view that the summary sentence reads. Exposed so tests can check the numbers. */
export interface AgreementSummary {
  /** Formal agreements (every type but `other`). */
  readonly agreements: number;
  /** Documented relationships without a known formal agreement (type `other`), counted apart. */
  readonly otherRelationships: number;
  readonly placesByCountry: readonly (readonly [country: string, count: number])[];
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly undated: number;
  readonly topRegion: readonly [region: string, count: number] | null;
}

/** Codes (ISO 3166) in code-point order: the same as the locale's for uppercase letters and digits, without a collator per call. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts the agreements, places per country, signing years and the busiest region. */
export function summarizeAgreements(view: DatasetView): AgreementSummary {
  const placesByCountry = new Map<string, number>();
  for (const place of view.places) placesByCountry.set(place.country, (placesByCountry.get(place.country) ?? 0) + 1);
  const years = view.twinnings.map((t) => view.resolved.twinningDates.get(t.id)?.signed?.year).filter((y): y is number => y != null);
  const byRegion = new Map<string, number>();
  for (const twinning of view.twinnings) {
    const regions = new Set(twinning.places.map((id) => view.placeById.get(id)?.region).filter(Boolean) as string[]);
    for (const region of regions) byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
  }
  const top = [...byRegion].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0] ?? null;
  const { agreements, other } = countAgreements(view.twinnings);
  return {
    agreements,
    otherRelationships: other,
    placesByCountry: [...placesByCountry].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
    undated: view.twinnings.length - years.length,
    topRegion: top && top[1] > 1 ? top : null,
  };
}

/** The summary as a sentence in `locale`. */
export function agreementSummaryText(dataset: TwinningDataset, view: DatasetView, locale: Locale): string {
  // Every render of an element shows the summary; the view is new only when data or filters change.
  let texts = summaryCache.get(view);
  if (texts?.dataset !== dataset) summaryCache.set(view, (texts = { dataset, byLocale: new Map() }));
  let text = texts.byLocale.get(locale);
  if (text === undefined) texts.byLocale.set(locale, (text = summaryTextOf(dataset, view, locale)));
  return text;
}

const summaryCache = new WeakMap<DatasetView, { dataset: TwinningDataset; byLocale: Map<Locale, string> }>();

function summaryTextOf(dataset: TwinningDataset, view: DatasetView, locale: Locale): string {
  const m = messagesFor(locale);
  const s = summarizeAgreements(view);
  const places = formatList(
    s.placesByCountry.map(([country, count]) => m.summaryPlaces(count, countryName(country, locale))),
    locale,
  );
  const years =
    s.firstYear == null ? '' : s.firstYear === s.lastYear ? String(s.firstYear) : `${s.firstYear}–${s.lastYear}`;
  const parts = [m.summaryAgreements(s.agreements, places, years)];
  // Only a region the dataset names: never a code, and never a country standing in for a region.
  const top = s.topRegion && s.placesByCountry.length > 1 ? regionName(dataset, s.topRegion[0], locale) : null;
  if (top?.source === 'dataset') parts.push(m.summaryMost(top.text, s.topRegion![1]));
  if (s.undated > 0 && s.firstYear != null) parts.push(m.summaryUndated(s.undated));
  if (s.otherRelationships > 0) parts.push(m.summaryOther(s.otherRelationships));
  return parts.join(locale === 'ja' ? '' : ' ');
}
