/**
 * The data report under the dashboard: counts by country, region, decade, type, status and
 * category, and the validation result, in the active language, built from the dataset with
 * @twinning/schema's views.
 */
import { messagesFor, type Locale } from '@twinning/core';
import { categoryLabel, countBy, textIn, type Problem, type TwinningDataset } from '@twinning/schema';

type ReportKey = 'region' | 'decade' | 'status' | 'type' | 'category';

const TEXT: Record<Locale, { headings: Record<ReportKey, string>; status: (e: number, w: number, t: number, p: number, a: number, s: number) => string }> = {
  en: {
    headings: {
      region: 'Agreements by province or prefecture', decade: 'Agreements by decade signed', status: 'Agreements by status',
      type: 'Agreements by type', category: 'Activities by category',
    },
    status: (e, w, t, p, a, s) => `Validation: ${e} errors, ${w} warnings. ${t} agreements, ${p} places, ${a} activities, ${s} sources.`,
  },
  fr: {
    headings: {
      region: 'Ententes par province ou préfecture', decade: 'Ententes par décennie de signature', status: 'Ententes par statut',
      type: 'Ententes par type', category: 'Activités par catégorie',
    },
    status: (e, w, t, p, a, s) => `Validation : ${e} erreurs, ${w} avertissements. ${t} ententes, ${p} lieux, ${a} activités, ${s} sources.`,
  },
  ja: {
    headings: {
      region: '州・都道府県別の提携', decade: '締結年代別の提携', status: '状況別の提携', type: '種類別の提携', category: '分野別の活動',
    },
    status: (e, w, t, p, a, s) => `検証：エラー${e}件、警告${w}件。提携${t}件、自治体・州県${p}、活動${a}件、出典${s}件。`,
  },
};

function label(dataset: TwinningDataset, key: ReportKey, value: string, locale: Locale): string {
  if (key === 'region') {
    const region = dataset.regions?.find((r) => r.id === value);
    return region ? textIn(region.name, locale).text : value;
  }
  if (key === 'status') return messagesFor(locale).status[value] ?? value;
  if (key === 'type') return messagesFor(locale).type[value] ?? value;
  if (key === 'category') return categoryLabel(dataset, value, locale);
  return value;
}

/** Fills `target` with the report; text is set with textContent, never as HTML. */
export function renderReport(target: HTMLElement, dataset: TwinningDataset, problems: readonly Problem[], locale: Locale = 'en'): void {
  const text = TEXT[locale];
  target.replaceChildren();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const status = document.createElement('p');
  status.className = errors ? 'bad' : 'ok';
  status.textContent = text.status(errors, warnings, dataset.twinnings.length, dataset.places.length, dataset.activities?.length ?? 0, dataset.sources.length);
  target.append(status);
  const grid = document.createElement('div');
  grid.className = 'report-grid';
  for (const key of ['region', 'decade', 'status', 'type', 'category'] as const) {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = text.headings[key];
    for (const bucket of countBy(dataset, key)) {
      const row = table.insertRow();
      row.insertCell().textContent = label(dataset, key, bucket.key, locale);
      const count = row.insertCell();
      count.className = 'n';
      count.textContent = String(bucket.count);
    }
    grid.append(table);
  }
  target.append(grid);
}
