/** What the map's render functions read: the model, the language and the interaction state. */
import type { DatasetView, Locale, Messages } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';
import type { ZoomTransform } from '../zoom-controller.ts';
import type { ColorBy } from '../link-colors.ts';
import type { MapModel } from '../map-model.ts';
import type { MapMessages } from '../twinning-map.messages.ts';

export interface MapRenderContext {
  readonly view: DatasetView;
  readonly dataset: TwinningDataset;
  readonly model: MapModel;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly m: MapMessages;
  readonly transform: ZoomTransform;
  readonly colorBy: ColorBy;
  /** Every decade key in view (the decade palette spreads over them). */
  readonly decades: readonly string[];
  readonly selected: string | undefined;
  /** Canvas mode: land, links and dots are on the canvas; SVG keeps what is interactive. */
  readonly canvas: boolean;
  /** The place holding the keyboard's tab stop. */
  readonly focusPlace: string | null;
  /** A place's accessible name (cached by the element per layout and language). */
  readonly placeLabel: (placeId: string) => string;
}
