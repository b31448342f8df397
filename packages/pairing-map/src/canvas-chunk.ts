/**
 * What only the map's canvas mode (more links than CANVAS_THRESHOLD) runs, as one chunk: the
 * quadtree of dots for pointer hits and the renderer.
 */
export { drawScene, moveScene } from './canvas-layer.ts';
export { hitIndex } from './layout/hit-index.ts';
