/**
 * Reads the query of `embed.html` into what to draw. Pure: no DOM, so it can be tested alone.
 * Values become attributes (text), never HTML; unknown parameters are ignored.
 */

/** The views `?view=` accepts, and the elements each one draws. */
export const EMBED_VIEWS = {
  map: ['twinning-map'],
  timeline: ['twinning-timeline'],
  chart: ['twinning-activity-chart'],
  dashboard: ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'],
  partners: ['twinning-partners'],
} as const;

/** A value of `?view=`. */
export type EmbedView = keyof typeof EMBED_VIEWS;

/** Query parameters for the data and the linked state: on `<twinning-data>` in a dashboard. */
export const SHARED_PARAMS = ['src', 'selected', 'since', 'until', 'categories', 'status', 'type'] as const;

/** Query parameters that stay on each element, in a dashboard too. */
export const ELEMENT_PARAMS = ['twinning', 'place', 'lang', 'theme', 'activities', 'locator'] as const;

/** What the query asks for, or why it can't be drawn. */
export type EmbedRequest =
  | {
      readonly ok: true;
      readonly view: EmbedView;
      /** Attributes for the data and the linked state. */
      readonly shared: ReadonlyMap<string, string>;
      /** Attributes for each element. */
      readonly own: ReadonlyMap<string, string>;
      /** Echoed back in every height message, so a host with several iframes can tell them apart. */
      readonly id: string | null;
    }
  | { readonly ok: false; readonly message: string; readonly id: string | null };

const isView = (value: string): value is EmbedView => Object.hasOwn(EMBED_VIEWS, value);

function pick(query: URLSearchParams, names: readonly string[]): Map<string, string> {
  const picked = new Map<string, string>();
  for (const name of names) {
    const value = query.get(name);
    if (value !== null && value.trim() !== '') picked.set(name, value.trim());
  }
  return picked;
}

/** Reads `location.search` (with or without the `?`). A missing `view` means the map. */
export function readEmbedQuery(search: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const id = query.get('id');
  const view = (query.get('view') ?? 'map').trim();
  if (!isView(view)) {
    const valid = Object.keys(EMBED_VIEWS).join(', ');
    return { ok: false, id, message: `invalid view: "${view}". Valid views: ${valid}.` };
  }
  return { ok: true, view, id, shared: pick(query, SHARED_PARAMS), own: pick(query, ELEMENT_PARAMS) };
}
