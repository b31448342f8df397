/**
 * When the map frames a selection: once per selection (or framed place) and model, and not for a
 * selection made on the map itself, which is where the reader just clicked or pressed a key. The
 * framing itself (selection-frame.ts) is in the interaction chunk, loaded by the first selection
 * that needs it if a pointer over the map has not brought it in already.
 */
import type { MapModel } from './map-model.ts';
import type { DatasetView } from '@twinning/core';
import type { ZoomController } from './zoom-controller.ts';
import { withInteraction } from './interaction-chunk.ts';

export class SelectionFraming {
  private key = '';
  private own: string | undefined;

  /** A selection the reader made on the map. */
  madeHere(id: string): void {
    this.own = id;
  }

  /** Whether `key` (model, selection, place) asks for framing `selected` now. */
  due(key: string, selected: string | undefined): boolean {
    if (key === this.key) return false;
    this.key = key;
    const own = this.own;
    this.own = undefined;
    return selected !== own;
  }

  /**
   * Moves `zoom` so that the selected agreement's places of `model` (else the framed place) are in
   * view, once the framing chunk is in (unless the selection changed meanwhile).
   */
  frame(model: MapModel, view: DatasetView, selected: string | undefined, place: string | undefined, zoom: ZoomController): void {
    const key = this.key;
    withInteraction((chunk) => key === this.key && chunk.frameView(model, view, selected, place, zoom));
  }
}
