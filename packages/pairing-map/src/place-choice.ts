/**
 * What choosing among a place's agreements does (see place-chooser.ts): the first activation
 * selects the place's first agreement (or the next one after the selected one); while choosing,
 * arrow keys step through the place's agreements. Part of the interaction chunk: a click or a key
 * on a place comes after the pointer over it or the focus in it that asked for the chunk. Also the
 * announcement of a selection made on the map, which only this chunk's paths make.
 */
import { placeName, shortAnnouncement, type DatasetView, type Locale } from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import type { PlaceChooser } from './place-chooser.ts';
import type { MapMessages } from './twinning-map.messages.ts';

/** Click, Enter or Space on a place: select its agreement; with several, start choosing among them. */
export function activatePlace(chooser: PlaceChooser, placeId: string): void {
  const { options } = chooser;
  const agreements = options.agreementsOf(placeId);
  if (agreements.length === 0) return;
  const current = agreements.findIndex((t) => t.id === options.selectedId());
  const index = current >= 0 && agreements.length > 1 ? (current + 1) % agreements.length : 0;
  chooser.choosing = agreements.length > 1 ? { place: placeId, index } : null;
  options.select(agreements[index]!);
  if (agreements.length > 1) options.announceChoice(agreements.length);
}

/** While choosing among a place's agreements, selects the previous (-1) or next (+1) one. */
export function stepChoice(chooser: PlaceChooser, step: -1 | 1): void {
  const { place, index } = chooser.choosing!;
  const agreements = chooser.options.agreementsOf(place);
  const next = (index + step + agreements.length) % agreements.length;
  chooser.choosing = { place, index: next };
  chooser.options.select(agreements[next]!);
}

/** The live-region text for selecting `twinning` on the map: its places' names, shortened. */
export function selectionAnnouncement(twinning: Twinning, view: DatasetView, locale: Locale, m: MapMessages): string {
  const names = twinning.places.map((id) => view.placeById.get(id)).filter((p): p is Place => !!p).map((p) => placeName(p, locale).text);
  return shortAnnouncement(m.selected(names.join(' ↔ ')));
}
