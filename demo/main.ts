/**
 * The demo (`npm start`): the three elements linked inside one `<twinning-data sync-url>` on the
 * bundled Japan–Canada data, one place's partner cards (the place picked, or the one of the
 * agreement selected anywhere), a language and a theme switch, a summary header built from the
 * data, "use your own data", and the data report.
 */
// The provider first, so it is defined before the elements inside it ask for its data.
import '@twinning/provider';
import '@twinning/pairing-map';
import '@twinning/timeline';
import '@twinning/activity-chart';
import '@twinning/partners';
import { loadBundled, placeName, toLocale, type Locale } from '@twinning/core';
import type { Problem, TwinningDataset } from '@twinning/schema';
import type { TwinningData } from '@twinning/provider';
import { attachOwnDataInputs, useOwnData } from './own-data-panel.ts';
import { renderReport } from './report.ts';
import { demoStrings, type DemoStrings } from './strings.ts';
import { renderSummary } from './summary.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<TwinningData>('#dashboard');
const langSelect = $<HTMLSelectElement>('#lang');
const themeSelect = $<HTMLSelectElement>('#theme');
const elements = () => provider.querySelectorAll<HTMLElement>('twinning-map, twinning-timeline, twinning-activity-chart, twinning-partners');
const partners = $<HTMLElement & { place?: string }>('twinning-partners');
const placeSelect = $<HTMLSelectElement>('#partners-place');

/** The dataset on screen and its validation problems (for the summary and the report). */
let shown: { data: TwinningDataset; problems: readonly Problem[] } | null = null;

const locale = (): Locale => toLocale(langSelect.value);
const strings = (): DemoStrings => demoStrings(locale());

function applyStrings(t: DemoStrings): void {
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const value = t[node.dataset['t'] as keyof DemoStrings];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    const value = t[node.dataset['tLabel'] as keyof DemoStrings];
    if (typeof value === 'string') node.setAttribute('aria-label', value);
  }
}

function renderData(): void {
  if (!shown) return;
  renderSummary({ title: $('#title'), lede: $('#lede'), counts: $('#counts') }, shown.data, locale(), strings());
  renderReport($('#report'), shown.data, shown.problems, locale());
  renderPlaceChoices(shown.data);
}

// ---- one place and its partners -----------------------------------------------------------------

/** The places that have partners, by name in the page's language; the current place stays chosen. */
function renderPlaceChoices(data: TwinningDataset): void {
  const withPartners = new Set(data.twinnings.flatMap((t) => t.places));
  const places = data.places.filter((p) => withPartners.has(p.id))
    .map((p) => ({ id: p.id, name: placeName(p, locale()) }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, locale()));
  placeSelect.replaceChildren(...places.map(({ id, name }) => {
    const option = new Option(name.text, id);
    if (name.lang !== 'und') option.lang = name.lang;
    return option;
  }));
  // An agreement selected in the address (sync-url) brings its place, as a selection does.
  const selected = data.twinnings.find((t) => t.id === provider.selected);
  const kept = partners.place && withPartners.has(partners.place) ? partners.place : places[0]?.id;
  const current = selected && !selected.places.includes(kept ?? '') ? selected.places[0] : kept;
  if (current) showPartnersOf(current);
}

function showPartnersOf(placeId: string): void {
  partners.place = placeId;
  placeSelect.value = placeId;
}

placeSelect.addEventListener('change', () => showPartnersOf(placeSelect.value));
// An agreement selected on the map or the timeline shows its first place's partners (unless the
// cards already show one of its places), so the selected card is in view.
provider.addEventListener('twinning-select', (event) => {
  const twinning = shown?.data.twinnings.find((t) => t.id === event.twinning);
  if (twinning && !twinning.places.includes(partners.place ?? '') && twinning.places[0]) showPartnersOf(twinning.places[0]);
});

function applySettings(): void {
  document.documentElement.lang = langSelect.value;
  document.documentElement.dataset['theme'] = themeSelect.value;
  for (const element of elements()) element.setAttribute('theme', themeSelect.value);
  applyStrings(strings());
  // The story in the dashboard's language: story.html, story.fr.html, story.ja.html.
  const story = $<HTMLAnchorElement>('#story-link');
  story.href = locale() === 'en' ? './story.html' : `./story.${locale()}.html`;
  story.hreflang = locale();
  renderData();
  const params = new URLSearchParams(location.search);
  params.set('lang', langSelect.value);
  params.set('theme', themeSelect.value);
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}

const params = new URLSearchParams(location.search);
langSelect.value = toLocale(params.get('lang') ?? document.documentElement.lang);
themeSelect.value = ['light', 'dark', 'auto'].includes(params.get('theme') ?? '') ? params.get('theme')! : 'auto';
langSelect.addEventListener('change', applySettings);
themeSelect.addEventListener('change', applySettings);
applySettings();

function showBundled(): void {
  loadBundled().then((result) => {
    if (result.ok) {
      shown = { data: result.data, problems: result.problems };
      renderData();
    } else {
      $('#own-status').textContent = result.problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
    }
  });
}
showBundled();

// ---- use your own data --------------------------------------------------------------------------

const ownTargets = { provider, problems: $<HTMLOListElement>('#own-problems'), status: $('#own-status') };

attachOwnDataInputs($<HTMLInputElement>('#files'), $('#dropzone'), (files) => {
  useOwnData(files, ownTargets, strings(), (data, problems) => {
    provider.selected = undefined;
    shown = { data, problems };
    renderData();
  });
});

$('#bundled').addEventListener('click', () => {
  provider.data = undefined;
  provider.selected = undefined;
  ownTargets.problems.replaceChildren();
  ownTargets.problems.hidden = true;
  ownTargets.status.textContent = strings().bundled;
  showBundled();
});
