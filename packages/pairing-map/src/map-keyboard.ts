/**
 * The map's keyboard: one tab stop among the places (RovingFocusController), arrows to the nearest
 * place in that direction, Enter or Space to select (again: the next agreement of the place), and
 * while choosing among a place's agreements the arrows step through them; Escape ends the choice,
 * then clears the selection; + and − zoom.
 */
import { RovingFocusController, type RovingKey } from '@twinning/core';
import type { ReactiveControllerHost } from 'lit';
import { nextInDirection, type Dot } from './layout/index.ts';
import type { PlaceChooser } from './place-chooser.ts';
import { ZOOM_STEP } from './render/zoom-buttons.ts';

const DIRECTION: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface MapKeyboardOptions {
  readonly root: () => ParentNode | null;
  /** Place ids in keyboard order, and their dots. */
  readonly order: () => readonly string[];
  readonly dots: () => readonly Dot[];
  readonly chooser: PlaceChooser;
  readonly clearSelection: () => void;
  readonly zoomBy: (factor: number) => void;
  /** The tab stop moved to a place. */
  readonly onMove: (id: string) => void;
}

export function mapKeyboard(host: ReactiveControllerHost, options: MapKeyboardOptions): RovingFocusController {
  const { chooser } = options;
  const next = (current: string, key: RovingKey): string | null => {
    const direction = DIRECTION[key];
    if (!direction) return null;
    if (chooser.step(current, direction === 'left' || direction === 'up' ? -1 : 1)) return null;
    return nextInDirection(options.dots(), current, direction) ?? current;
  };
  return new RovingFocusController(host, {
    root: options.root,
    markOf: (id) => `[data-place="${CSS.escape(id)}"]`,
    keys: options.order,
    next,
    onActivate: (id, event) => {
      if (chooser.isChoosing(id) && event.key === 'Enter') chooser.stop();
      else chooser.activate(id);
    },
    onEscape: () => {
      if (chooser.isChoosing()) chooser.stop();
      else options.clearSelection();
    },
    extraKeys: (event) => {
      if (event.key === '+' || event.key === '=') return options.zoomBy(ZOOM_STEP), true;
      if (event.key === '-' || event.key === '_') return options.zoomBy(1 / ZOOM_STEP), true;
      return false;
    },
    onMove: options.onMove,
  });
}
