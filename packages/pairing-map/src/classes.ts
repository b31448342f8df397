/**
 * The public names of @twinning/pairing-map without registering `<twinning-map>`: for apps that
 * define the tag themselves (another name, a scoped registry) or only need the types and constants.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningMap } from './twinning-map.element.ts';
export { COLOR_BY, type ColorBy } from './link-colors.ts';
