/**
 * What the embed builder knows: the editor's choices, and the code they produce. Pure: the
 * preview and both code boxes are made from `viewTags`, so they can't disagree.
 */
import { CDN_SCRIPT } from '@twinning/core';
import { ELEMENT_PARAMS, SHARED_PARAMS } from '../../packages/elements/src/embed/embed-params.ts';

/** The views an editor can pick, and the elements each draws. */
export const VIEWS = {
  map: ['twinning-map'],
  timeline: ['twinning-timeline'],
  chart: ['twinning-activity-chart'],
  dashboard: ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'],
  partners: ['twinning-partners'],
} as const;
export type View = keyof typeof VIEWS;

/** Where the data comes from. */
export type DataKind = 'bundled' | 'url' | 'file';

/** Every choice in the builder. Empty strings and empty lists mean "not set" (the default). */
export interface BuilderState {
  view: View;
  dataKind: DataKind;
  /** The dataset URL (`dataKind` "url"), or the address the uploaded file will have (`"file"`). */
  url: string;
  focusKind: 'none' | 'twinning' | 'place';
  focus: string;
  lang: '' | 'en' | 'fr' | 'ja';
  /** Always written out, so an editor sees where to change it; `light` unless asked (docs/theming.md). */
  theme: 'light' | 'dark' | 'auto';
  /** CSS width of the embed, e.g. "100%" or "720px". */
  width: string;
  /** Height of the iframe in pixels (the script embed sizes itself). */
  height: number;
  status: string[];
  type: string[];
  since: string;
  until: string;
  categories: string[];
  /** Per-element options: map `layout`, `color-by`; timeline `group-by`; chart `mode`, `count`; partners `activities`, `locator`. */
  layout: string;
  colorBy: string;
  groupBy: string;
  mode: string;
  count: string;
  activities: string;
  locator: string;
  /** Where the site hosts embed.html, for the iframe code. */
  embedPage: string;
}

export const DEFAULT_STATE: BuilderState = {
  view: 'map', dataKind: 'bundled', url: '', focusKind: 'none', focus: '', lang: 'en', theme: 'light',
  width: '100%', height: 640, status: [], type: [], since: '', until: '', categories: [],
  layout: '', colorBy: '', groupBy: '', mode: '', count: '', activities: '', locator: '',
  embedPage: 'https://example.org/assets/twinning/embed.html',
};

/** One element (or the provider) with its attributes, in writing order. */
export interface TagSpec {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly TagSpec[];
}

const list = (values: readonly string[]) => values.join(',');

/** The data and filter attributes (on the element, or on `<twinning-data>` in a dashboard). */
function sharedAttributes(s: BuilderState): [string, string][] {
  const out: [string, string][] = [];
  if (s.dataKind !== 'bundled' && s.url.trim()) out.push(['src', s.url.trim()]);
  if (s.status.length) out.push(['status', list(s.status)]);
  if (s.type.length) out.push(['type', list(s.type)]);
  if (s.since.trim()) out.push(['since', s.since.trim()]);
  if (s.until.trim()) out.push(['until', s.until.trim()]);
  if (s.categories.length) out.push(['categories', list(s.categories)]);
  return out;
}

/** Attributes of one element: focus, its own options, language and theme. */
function elementAttributes(s: BuilderState, tag: string): [string, string][] {
  const out: [string, string][] = [];
  // The partners view shows one place: an agreement focus has no meaning there.
  if (s.focusKind !== 'none' && s.focus.trim() && (tag !== 'twinning-partners' || s.focusKind === 'place')) out.push([s.focusKind, s.focus.trim()]);
  const own: Record<string, [string, string][]> = {
    'twinning-map': [['layout', s.layout], ['color-by', s.colorBy]],
    'twinning-timeline': [['group-by', s.groupBy]],
    'twinning-activity-chart': [['mode', s.mode], ['count', s.count]],
    'twinning-partners': [['activities', s.activities], ['locator', s.locator]],
  };
  for (const [name, value] of own[tag] ?? []) if (value) out.push([name, value]);
  if (s.lang) out.push(['lang', s.lang]);
  if (s.theme) out.push(['theme', s.theme]);
  return out;
}

/** The tags the view draws: one element, or a `<twinning-data>` holding three. */
export function viewTags(s: BuilderState): TagSpec[] {
  if (s.view === 'dashboard') {
    const children = VIEWS.dashboard.map((tag) => ({ tag, attributes: elementAttributes(s, tag), children: [] }));
    return [{ tag: 'twinning-data', attributes: sharedAttributes(s), children }];
  }
  const tag = VIEWS[s.view][0];
  return [{ tag, attributes: [...sharedAttributes(s), ...elementAttributes(s, tag)], children: [] }];
}

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function tagHtml(spec: TagSpec, indent: string): string {
  const attrs = spec.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  if (!spec.children.length) return `${indent}<${spec.tag}${attrs}></${spec.tag}>`;
  return [`${indent}<${spec.tag}${attrs}>`, ...spec.children.map((c) => tagHtml(c, `${indent}  `)), `${indent}</${spec.tag}>`].join('\n');
}

const isFullWidth = (width: string) => !width.trim() || width.trim() === '100%';

/** The script-tag code: the CDN script and the view's tags, in a width-limited box if asked. */
export function scriptCode(s: BuilderState): string {
  const tags = viewTags(s);
  const body = isFullWidth(s.width)
    ? tags.map((t) => tagHtml(t, '')).join('\n')
    : [`<div style="max-width: ${escapeAttribute(s.width.trim())}">`, ...tags.map((t) => tagHtml(t, '  ')), '</div>'].join('\n');
  return `<script type="module" src="${CDN_SCRIPT}"></script>\n${body}`;
}

/** Query parameters embed.html reads; the others have no iframe equivalent. */
const IFRAME_PARAMS = new Set<string>([...SHARED_PARAMS, ...ELEMENT_PARAMS]);

/** The query of embed.html for this view, and the options the iframe can't carry. */
export function iframeQuery(s: BuilderState): { query: URLSearchParams; dropped: string[] } {
  const query = new URLSearchParams({ view: s.view });
  const dropped: string[] = [];
  const seen = new Set<string>();
  const add = (name: string, value: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (IFRAME_PARAMS.has(name)) query.set(name, value);
    else dropped.push(name);
  };
  for (const spec of viewTags(s)) {
    for (const [n, v] of spec.attributes) add(n, v);
    for (const child of spec.children) for (const [n, v] of child.attributes) add(n, v);
  }
  return { query, dropped };
}

/** The iframe code: embed.html with the query, the size, a title, and the resize script. */
export function iframeCode(s: BuilderState, title: string): string {
  const { query } = iframeQuery(s);
  const page = s.embedPage.trim() || DEFAULT_STATE.embedPage;
  const src = `${page}?${query.toString()}`;
  const resize = new URL('embed-resize.js', new URL(page, 'https://example.org/')).href;
  const width = isFullWidth(s.width) ? '100%' : s.width.trim();
  // The wrapper takes the article column's width. Themes that size their content's direct
  // children (WordPress Twenty Twenty-One: \`.entry-content > iframe[style] { max-width: 100% !important }\`)
  // would otherwise stretch a bare iframe past the column.
  return [
    '<div class="twinning-embed">',
    `  <iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"`,
    `          style="width: ${escapeAttribute(width)}; max-width: 100%; height: ${Math.round(s.height)}px; border: 0" loading="lazy"></iframe>`,
    '</div>',
    `<script src="${escapeAttribute(resize)}" async></script>`,
  ].join('\n');
}
