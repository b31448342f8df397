/** `twinning stats FILE [--json]`: counts by country, region, decade, type, status and category. */
import { COUNT_KEYS, countAgreements, countBy, textString, type CountKey, type TwinningDataset } from '@twinning/schema';
import { counted, countLine, formatProblem, hasErrors, table, totalsLine } from '../format.ts';
import { loadDataset } from '../load.ts';
import type { Output } from '../output.ts';

const TITLES: { readonly [key in CountKey]: string } = {
  country: 'agreements by country',
  region: 'agreements by region',
  decade: 'agreements by decade signed',
  type: 'agreements by type',
  status: 'agreements by status',
  category: 'activities by category',
};

/** Prints the counts; a file with errors prints its problems instead and exits 1. */
export function statsCommand(file: string, json: boolean, out: Output): number {
  const { dataset, problems } = loadDataset(file);
  if (dataset === null || hasErrors(problems)) {
    for (const p of problems) out.error(formatProblem(p, file));
    out.error(`${countLine(problems)} in ${file}; no statistics for a dataset with errors`);
    return 1;
  }
  const counts = Object.fromEntries(COUNT_KEYS.map((key) => [key, countBy(dataset, key)]));
  if (json) {
    const totals = { places: dataset.places.length, twinnings: dataset.twinnings.length, activities: dataset.activities?.length ?? 0, sources: dataset.sources.length };
    out.log(JSON.stringify({ file, totals, counts }, null, 2));
    return 0;
  }
  const name = (key: CountKey, bucket: string): string => (key === 'region' ? regionLabel(dataset, bucket) : bucket);
  const { other } = countAgreements(dataset.twinnings);
  out.log(`${file}: ${totalsLine(dataset, 'twinning')}`);
  if (other > 0) out.log(`Agreements: ${counted(dataset.twinnings.length - other, 'agreement')}; ${counted(other, 'twinning')} of type "other" (no formal agreement) left out of that total.`);
  out.log('An agreement counts once under each country and region it joins; an activity once under each of its categories.');
  for (const key of COUNT_KEYS) {
    out.log('');
    out.log(table(TITLES[key], countBy(dataset, key).map((b) => [name(key, b.key), b.count] as const)));
  }
  return 0;
}

function regionLabel(dataset: TwinningDataset, id: string): string {
  const def = dataset.regions?.find((r) => r.id === id);
  return def ? `${id} ${textString(def.name, 'en')}` : id;
}
