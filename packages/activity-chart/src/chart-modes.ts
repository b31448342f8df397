/**
 * What the modes other than `share` need, their layouts, renderers, caption lines and styles: a chunk of its own, which
 * the element loads before an update in `by-decade`, `by-region` or `compare` mode (see
 * `modesChunk`), so the default first paint does not download it.
 */
export { decadeBins } from './layout/decades.ts';
export { facetLayout } from './layout/facets.ts';
export { alignGroups, alignReference } from './layout/reference.ts';
/** The reference `compare` mode draws when the `reference` property is left unset. */
export { CLAIR_SISTER_EXCHANGES as DEFAULT_REFERENCE } from './references.ts';
export { renderDecadeRows } from './render/decade-rows.ts';
export { renderFacetGrid } from './render/facet-grid.ts';
export { modeCaptionLines } from './render/mode-caption.ts';
export { chartModeStyles } from './chart-modes.styles.ts';
export { chartModeMessages } from './chart-modes.messages.ts';
