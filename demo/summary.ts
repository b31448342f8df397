/**
 * The summary header: the dataset's title and description in the active language and its key
 * counts, formatted for that language. Built from the data; text is set as text.
 */
import type { Locale } from '@twinning/core';
import { countAgreements, textIn, yearOf, type TwinningDataset } from '@twinning/schema';
import type { DemoStrings } from './strings.ts';

/** Where the summary goes. */
export interface SummaryTargets {
  readonly title: HTMLElement;
  readonly lede: HTMLElement;
  readonly counts: HTMLElement;
}

function setText(element: HTMLElement, value: { text: string; lang: string }, locale: Locale): void {
  element.textContent = value.text;
  if (value.lang !== 'und' && value.lang.split('-')[0] !== locale) element.lang = value.lang;
  else element.removeAttribute('lang');
}

/** The range of signing years, e.g. "1963–2019", or '' when no agreement is dated. */
export function signedYears(dataset: TwinningDataset, locale: Locale): string {
  const years = dataset.twinnings.map((t) => yearOf(t.signed)).filter((y): y is number => y != null);
  if (!years.length) return '';
  const f = new Intl.NumberFormat(locale, { useGrouping: false });
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
}

/** Fills the header from `dataset` in `locale`. */
export function renderSummary(targets: SummaryTargets, dataset: TwinningDataset, locale: Locale, t: DemoStrings): void {
  const title = textIn(dataset.title, locale);
  setText(targets.title, title.text ? title : { text: t.fallbackTitle, lang: 'und' }, locale);
  const lede = textIn(dataset.description, locale);
  setText(targets.lede, lede, locale);
  targets.lede.hidden = lede.text === '';
  const n = new Intl.NumberFormat(locale);
  const stats: [string, string][] = [
    // Formal agreements only: exchanges of type `other` are listed but not counted (data/README.md).
    [t.counts.agreements, n.format(countAgreements(dataset.twinnings).agreements)],
    [t.counts.places, n.format(dataset.places.length)],
    [t.counts.activities, n.format(dataset.activities?.length ?? 0)],
    [t.counts.sources, n.format(dataset.sources.length)],
  ];
  const years = signedYears(dataset, locale);
  if (years) stats.push([t.counts.years, years]);
  targets.counts.replaceChildren(...stats.map(([label, value]) => {
    const group = document.createElement('div');
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = label;
    dd.textContent = value;
    group.append(dt, dd);
    return group;
  }));
}
