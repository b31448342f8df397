/**
 * Pure layout stage of `<twinning-map>`: projections, panels, link geometry, dots, labels,
 * keyboard order, hit-testing, basemap paths and widget framing. No DOM, no Lit.
 */
export type { Extent, GlobeLayout, LayoutPlace, LayoutTwinning, MapLayout, Panel, Point, Projected, Projector, SkipReason, SplitLayout } from './types.ts';
export { circularMeanLongitude, hasValidCoordinates, longitudeDelta, wrapLongitude } from './geo-math.ts';
export { splitCountries, splitPanels, type SplitOptions } from './split-panels.ts';
export { globeLayout, globeProjection, type GlobeOptions } from './globe-projection.ts';
export { projector } from './project.ts';
export { pairingLinks, type Link, type LinkOptions, type SkippedLink } from './pairing-links.ts';
export { agreementCounts, placeDots, type Dot, type DotOptions, type SkippedPlace } from './place-dots.ts';
export { approximateTextWidth, boxesOverlap, labelPriority, placeLabels, type Label, type LabelCandidate, type LabelOptions, type LabelPosition } from './place-labels.ts';
export { geographicOrder, nextInDirection, type Direction, type NavDot, type OrderOptions } from './keyboard-order.ts';
export { hitIndex, type HitDot, type HitIndex } from './hit-index.ts';
export { basemapPaths, chooseResolution, viewSpanDegrees, type BasemapPath, type Resolution } from './basemap.ts';
export { borderPath, topologyFeatures } from './topology.ts';
export { frameSubset, type Caption, type Frame, type FrameTwinning } from './frame.ts';
export { chooseLayout, joinedCountries, MAP_LAYOUTS, uncutCentralMeridian, worldPartners, worldProjection, WORLD_PROJECTIONS, type Arc, type MapLayoutName, type WorldDot, type WorldLayout, type WorldPartners, type WorldPartnersOptions, type WorldProjectionKind, type WorldProjectionOptions, type WorldSkippedLink } from './world-partners.ts';
export { distanceToPath, flattenPath, LINK_HIT_TOLERANCE, nearestLink } from './link-hits.ts';
