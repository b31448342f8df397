/**
 * A story proposed from a dataset: steps an editor can start from (the first agreement, the
 * busiest decade, the longest-running exchange, anniversaries ahead, the category mix against the
 * report's 2% business figure, the longest quiet period). Every step carries its text in en, fr
 * and ja and the view it sets. Nothing here is published as is; an editor rewrites it. Pure.
 */
import { formatList, formatNumber, formatPercent, LOCALES, placeName, resolved, type Locale, type ResolvedDataset } from '@twinning/core';
import { categoryLabel, type Twinning, type TwinningDataset } from '@twinning/schema';
import type { StoryState } from './story-state.ts';
import { storyTemplates, type StepText } from './story-templates.ts';

/** Which kind of fact a step tells. */
export type StepKind = 'first' | 'peak' | 'longest' | 'anniversaries' | 'category-mix' | 'quiet';

/** One proposed step. */
export interface StoryStep {
  /** Stable id, usable in the URL hash (`#step=first`). */
  readonly id: string;
  readonly kind: StepKind;
  /** Heading and paragraph per language. */
  readonly text: Readonly<Record<Locale, StepText>>;
  /** The view the step sets. */
  readonly state: StoryState;
}

export interface ProposeOptions {
  /** "Today", for anniversaries ahead. Pin it in tests. */
  readonly now: Date;
  /** Anniversaries looked for; default 25th, 50th and 60th. */
  readonly anniversaries?: readonly number[];
  /** The window ahead of `now` in which an anniversary counts, in years; default 2. */
  readonly horizonYears?: number;
  /** The shortest gap between signings told as a quiet period, in years; default 5. */
  readonly quietYears?: number;
}

/** The report's figure: business is about 2% of North American twinning content (Harrison, APF Canada 2018, summary). */
export const BUSINESS_REFERENCE_SHARE = 0.02;

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** The proposed steps, in story order; a step whose fact the dataset lacks is left out. */
export function proposeStory(dataset: TwinningDataset, options: ProposeOptions): StoryStep[] {
  const r = resolved(dataset);
  const steps = [first(r), peak(r), longest(r), anniversaries(r, options), categoryMix(r), quiet(r, options.quietYears ?? 5)];
  return steps.filter((step): step is StoryStep => step !== null);
}

// ---- the facts ------------------------------------------------------------------------------

function signedYear(r: ResolvedDataset, t: Twinning): number | null {
  return r.twinningDates.get(t.id)?.signed?.year ?? null;
}

function datedTwinnings(r: ResolvedDataset): { twinning: Twinning; year: number; start: number }[] {
  return r.dataset.twinnings.flatMap((twinning) => {
    const signed = r.twinningDates.get(twinning.id)?.signed;
    return signed ? [{ twinning, year: signed.year, start: signed.start }] : [];
  });
}

function first(r: ResolvedDataset): StoryStep | null {
  const dated = datedTwinnings(r).sort((a, b) => a.start - b.start);
  const oldest = dated[0];
  if (!oldest) return null;
  const { twinning, year } = oldest;
  return step('first', 'first', { selected: twinning.id, until: year }, (locale, t) => t.first(names(r, twinning, locale), yearText(year, locale)));
}

function peak(r: ResolvedDataset): StoryStep | null {
  const counts = new Map<number, number>();
  for (const { year } of datedTwinnings(r)) counts.set(year, (counts.get(year) ?? 0) + 1);
  if (counts.size === 0) return null;
  const years = [...counts.keys()].sort((a, b) => a - b);
  // The ten-year window with the most signings; the earliest wins a tie.
  let best = { from: years[0]!, count: 0 };
  for (const from of years) {
    let count = 0;
    for (let y = from; y < from + 10; y++) count += counts.get(y) ?? 0;
    if (count > best.count) best = { from, count };
  }
  const to = best.from + 9;
  const inWindow = years.filter((y) => y >= best.from && y <= to);
  const peakCount = Math.max(...inWindow.map((y) => counts.get(y)!));
  const peakYears = inWindow.filter((y) => counts.get(y) === peakCount);
  return step('peak', 'peak', { since: best.from, until: to, layout: 'split' }, (locale, t) =>
    t.peak(yearText(best.from, locale), yearText(to, locale), formatNumber(best.count, locale),
      formatList(peakYears.map((y) => yearText(y, locale)), locale), formatNumber(peakCount, locale)));
}

function longest(r: ResolvedDataset): StoryStep | null {
  let best: { twinning: Twinning; from: number; to: number; count: number } | null = null;
  for (const twinning of r.dataset.twinnings) {
    const spans = (r.activitiesByTwinning.get(twinning.id) ?? []).map((a) => r.activitySpans.get(a.id)).filter((s) => s != null);
    if (spans.length === 0) continue;
    const from = Math.min(signedYear(r, twinning) ?? Infinity, ...spans.map((s) => s.year));
    const to = Math.max(...spans.map((s) => new Date(s.end - 1).getUTCFullYear()));
    if (!best || to - from > best.to - best.from) best = { twinning, from, to, count: spans.length };
  }
  if (!best) return null;
  const { twinning, from, to, count } = best;
  return step('longest', 'longest', { selected: twinning.id, since: from, until: to }, (locale, t) =>
    t.longest(names(r, twinning, locale), yearText(from, locale), yearText(to, locale), formatNumber(count, locale)));
}

function anniversaries(r: ResolvedDataset, options: ProposeOptions): StoryStep | null {
  const now = options.now.getTime();
  const horizon = now + (options.horizonYears ?? 2) * YEAR_MS;
  const found: { twinning: Twinning; n: number; year: number; start: number }[] = [];
  for (const twinning of r.dataset.twinnings) {
    const dates = r.twinningDates.get(twinning.id);
    if (!dates?.signed || dates.ended || twinning.status === 'ended') continue;
    for (const n of options.anniversaries ?? [25, 50, 60]) {
      const start = shiftYears(dates.signed.start, n);
      const end = shiftYears(dates.signed.end, n);
      // The anniversary is not over yet and begins within the horizon.
      if (end > now && start <= horizon) found.push({ twinning, n, year: dates.signed.year + n, start });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const next = found[0]!;
  const signed = next.year - next.n;
  return step('anniversaries', 'anniversaries', { selected: next.twinning.id, since: signed }, (locale, t) =>
    t.anniversaries(formatList(found.map((f) => t.anniversaryItem(names(r, f.twinning, locale), formatNumber(f.n, locale), yearText(f.year, locale))), locale), found.length));
}

function categoryMix(r: ResolvedDataset): StoryStep | null {
  const activities = r.dataset.activities ?? [];
  if (activities.length === 0) return null;
  const counts = new Map<string, number>();
  for (const a of activities) for (const c of new Set(a.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const business = counts.get('business') ?? 0;
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const total = activities.length;
  return step('category-mix', 'category-mix', { mode: 'share' }, (locale, t) =>
    t.categoryMix(formatPercent(business / total, locale), formatNumber(business, locale), formatNumber(total, locale),
      categoryLabel(r.dataset, top, locale), formatPercent(topCount / total, locale)));
}

function quiet(r: ResolvedDataset, minimum: number): StoryStep | null {
  const years = [...new Set(datedTwinnings(r).map((d) => d.year))].sort((a, b) => a - b);
  let best: { from: number; to: number } | null = null;
  for (let i = 1; i < years.length; i++) {
    const from = years[i - 1]! + 1;
    const to = years[i]! - 1;
    if (to - from + 1 >= minimum && (!best || to - from > best.to - best.from)) best = { from, to };
  }
  if (!best) return null;
  const { from, to } = best;
  return step('quiet', 'quiet', { since: from, until: to }, (locale, t) =>
    t.quiet(yearText(from, locale), yearText(to, locale), formatNumber(to - from + 1, locale)));
}

// ---- helpers ----------------------------------------------------------------------------------

function step(id: string, kind: StepKind, state: StoryState, write: (locale: Locale, t: ReturnType<typeof storyTemplates>) => StepText): StoryStep {
  const text = Object.fromEntries(LOCALES.map((locale) => [locale, write(locale, storyTemplates(locale))])) as Record<Locale, StepText>;
  return { id, kind, text, state };
}

/** "Burnaby and Kushiro" in `locale`. */
function names(r: ResolvedDataset, twinning: Twinning, locale: Locale): string {
  const list = twinning.places.map((id) => {
    const place = r.placeById.get(id);
    return place ? placeName(place, locale).text : id;
  });
  return locale === 'ja' ? list.join('と') : formatList(list, locale);
}

function yearText(year: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}

function shiftYears(time: number, years: number): number {
  const date = new Date(time);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
