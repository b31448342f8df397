/**
 * What the map runs only once a reader acts, as one chunk that the map asks for when the page is
 * first idle, a pointer first comes over it, focus first comes into it, a zoom button or key is
 * first pressed, a place is first activated, a selection first needs framing, or a click first
 * misses a place (so no first paint waits for it): the hover and focus marks, zoom (button and
 * key steps, wheel, drag, pinch), choosing among a place's agreements, framing a selection, and
 * which link a click hit. One chunk, not four: each would be a request of its own.
 */
export { ActivePlaceMarks } from './active-place-marks.ts';
export { attachZoomGestures, zoomStep } from './zoom-gestures.ts';
export { frameView } from './selection-frame.ts';
export { activatePlace, selectionAnnouncement, stepChoice } from './place-choice.ts';
export { LINK_HIT_TOLERANCE, nearestLink } from './layout/link-hits.ts';
