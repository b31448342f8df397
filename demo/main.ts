/**
 * The demo (`npm start`): the elements on the bundled Japan–Canada data, a language and a theme
 * switch, and a data report with the validation result.
 */
import '@twinning/pairing-map';
import '@twinning/timeline';
import '@twinning/activity-chart';
import { loadBundled } from '@twinning/core';
import { renderReport } from './report.ts';

const elements = () => document.querySelectorAll<HTMLElement>('twinning-map, twinning-timeline, twinning-activity-chart');

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const params = new URLSearchParams(location.search);
langSelect.value = params.get('lang') ?? 'en';
themeSelect.value = params.get('theme') ?? 'auto';

function applySettings(): void {
  document.documentElement.lang = langSelect.value;
  document.documentElement.dataset['theme'] = themeSelect.value;
  for (const element of elements()) element.setAttribute('theme', themeSelect.value);
}
langSelect.addEventListener('change', applySettings);
themeSelect.addEventListener('change', applySettings);
applySettings();

loadBundled().then((result) => {
  const report = document.querySelector<HTMLElement>('#report')!;
  if (result.ok) renderReport(report, result.data, result.problems);
  else report.textContent = `The bundled dataset did not validate: ${result.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`;
});
