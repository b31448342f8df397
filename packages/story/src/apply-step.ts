/**
 * Puts a step's view on the graphic: the selection, range and categories on the
 * `<twinning-data>` provider, `place` on the elements inside it, `layout` on maps and `mode` on
 * charts. A key the step leaves out goes back to what the page had before the story touched it.
 */
import type { StoryState } from './story-state.ts';

type Target = HTMLElement & Record<string, unknown> & { changeQuietly?: (change: () => void) => void };

const PROVIDER_KEYS = ['selected', 'since', 'until', 'categories'] as const;
const ELEMENT_KEYS: readonly { key: 'place' | 'layout' | 'mode'; selector: string }[] = [
  { key: 'place', selector: 'twinning-map, twinning-timeline, twinning-activity-chart' },
  { key: 'layout', selector: 'twinning-map' },
  { key: 'mode', selector: 'twinning-activity-chart' },
];

/** The `<twinning-data>` in a story's graphic: the graphic itself or the first one inside it. */
export function providerIn(graphic: Element | null): Target | null {
  if (!graphic) return null;
  return (graphic.localName === 'twinning-data' ? graphic : graphic.querySelector('twinning-data')) as Target | null;
}

/** Applies steps to one graphic, remembering the page's own values to fall back on. */
export class StepApplier {
  private readonly original = new WeakMap<Target, Map<string, unknown>>();

  /** Sets `state` on `graphic`; returns false when the graphic holds no provider. */
  apply(graphic: Element | null, state: StoryState): boolean {
    const provider = providerIn(graphic);
    if (!provider) return false;
    // The story announces the step; the provider takes the step's state in without a second announcement.
    const setAll = () => { for (const key of PROVIDER_KEYS) this.set(provider, key, state[key]); };
    if (provider.changeQuietly) provider.changeQuietly(setAll);
    else setAll();
    for (const { key, selector } of ELEMENT_KEYS) {
      for (const element of provider.querySelectorAll<Target>(selector)) this.set(element, key, state[key]);
    }
    return true;
  }

  private set(target: Target, key: string, value: unknown): void {
    let saved = this.original.get(target);
    if (!saved) this.original.set(target, (saved = new Map()));
    if (!saved.has(key)) saved.set(key, target[key]);
    const next = value === undefined ? saved.get(key) : value;
    if (target[key] !== next) target[key] = next;
  }
}
