/**
 * The data report under the dashboard: counts by country, region, decade, type, status and
 * category, and the validation result, built from the dataset with @twinning/schema's views.
 */
import { countBy, textIn, type Problem, type TwinningDataset } from '@twinning/schema';

const HEADINGS: Record<string, string> = {
  region: 'Agreements by province or prefecture',
  decade: 'Agreements by decade signed',
  status: 'Agreements by status',
  type: 'Agreements by type',
  category: 'Activities by category',
};

function regionLabel(dataset: TwinningDataset, key: string): string {
  const region = dataset.regions?.find((r) => r.id === key);
  return region ? textIn(region.name, 'en').text : key;
}

/** Fills `target` with the report; text is set with textContent, never as HTML. */
export function renderReport(target: HTMLElement, dataset: TwinningDataset, problems: readonly Problem[]): void {
  target.replaceChildren();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const status = document.createElement('p');
  status.className = errors ? 'bad' : 'ok';
  status.textContent = `Validation: ${errors} errors, ${warnings} warnings. ${dataset.twinnings.length} agreements, ${dataset.places.length} places, ${dataset.activities?.length ?? 0} activities, ${dataset.sources.length} sources.`;
  target.append(status);
  const grid = document.createElement('div');
  grid.className = 'report-grid';
  for (const key of ['region', 'decade', 'status', 'type', 'category'] as const) {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = HEADINGS[key]!;
    for (const bucket of countBy(dataset, key)) {
      const row = table.insertRow();
      row.insertCell().textContent = key === 'region' ? regionLabel(dataset, bucket.key) : bucket.key;
      const count = row.insertCell();
      count.className = 'n';
      count.textContent = String(bucket.count);
    }
    grid.append(table);
  }
  target.append(grid);
}
