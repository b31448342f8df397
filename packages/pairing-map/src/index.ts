/** Public names of @twinning/pairing-map. Importing this module registers `<twinning-map>`. */
import './twinning-map.ts';
export { TwinningMap } from './twinning-map.element.ts';
export { COLOR_BY, type ColorBy } from './link-colors.ts';
