/**
 * Where a pointer is on the map and what a click there picks: a place (its dot, or in canvas
 * mode the quadtree's nearest), else the nearest link within a 12 px wide band (links are thin),
 * found by the interaction chunk.
 */
import type { Twinning } from '@twinning/schema';
import { placeOf } from './active-place-controller.ts';
import { withInteraction } from './interaction-chunk.ts';
import type { MapModel } from './map-model.ts';
import type { ZoomTransform } from './zoom-controller.ts';

export interface MapPointerOptions {
  readonly root: () => ParentNode;
  readonly model: () => MapModel | null;
  readonly transform: () => ZoomTransform;
  /** Canvas mode: the quadtree of the places, else undefined. */
  readonly hits: () => { find(x: number, y: number): string | undefined } | undefined;
  readonly twinning: (id: string) => Twinning | undefined;
  readonly activatePlace: (id: string) => void;
  readonly selectAgreement: (twinning: Twinning) => void;
}

export class MapPointer {
  constructor(private readonly options: MapPointerOptions) {}

  /** The map point (before zoom) under a pointer event. */
  point(event: MouseEvent): [number, number] {
    const { model, transform } = this.options;
    const box = this.options.root().querySelector('.map svg')!.getBoundingClientRect();
    const scale = box.width && model() ? model()!.layout.width / box.width : 1;
    return transform().invert([(event.clientX - box.left) * scale, (event.clientY - box.top) * scale]);
  }

  /** Canvas mode: the place under the pointer. */
  placeAt = (event: MouseEvent): string | undefined => {
    const hits = this.options.hits();
    return hits?.find(...this.point(event));
  };

  onClick = (event: MouseEvent): void => {
    const place = placeOf(event.target) ?? this.placeAt(event);
    if (place) return this.options.activatePlace(place);
    const model = this.options.model();
    if (!model) return;
    const [x, y] = this.point(event);
    const k = this.options.transform().k;
    withInteraction((chunk) => {
      const link = this.options.model() === model ? chunk.nearestLink(model.links, x, y, chunk.LINK_HIT_TOLERANCE / k) : undefined;
      const twinning = link ? this.options.twinning(link.id) : undefined;
      if (twinning) this.options.selectAgreement(twinning);
    });
  };
}
