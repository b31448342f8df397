import { oneEvent } from '@open-wc/testing';

/** The next `name` event from `target`, typed by HTMLElementEventMap (Twinning's events are registered there). */
export function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, name: K): Promise<HTMLElementEventMap[K]> {
  return oneEvent(target, name) as unknown as Promise<HTMLElementEventMap[K]>;
}
