/**
 * Category toggling shared by every element that filters by activity category (the chart's
 * legend and bars, the timeline's legend, a later story or partners element). The controller
 * owns the rule, the host owns the state: standalone, the host's `categories` attribute changes;
 * inside a `<twinning-data>`, the provider changes it. Either way one
 * `twinning-category-toggle` event fires per category whose state changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TwinningCategoryToggleEvent } from '../events.ts';
import { parseList } from './list-attribute.ts';

/** What the controller needs from its host. */
export interface CategoryToggleHost extends ReactiveControllerHost, EventTarget {
  /** The host's own `categories` attribute (a comma list; unset means all). */
  categories?: string | undefined;
}

/** How the controller reads the host's situation. */
export interface CategoryToggleOptions {
  /** Every category the element can show, in display order. */
  readonly all: () => readonly string[];
  /** The categories in force: the host's attribute, else its provider's; undefined for all. */
  readonly current: () => string | undefined;
  /** True inside a `<twinning-data>`, which then holds the state (it hears the events). */
  readonly linked: () => boolean;
}

export class CategoryToggleController implements ReactiveController {
  constructor(
    private readonly host: CategoryToggleHost,
    private readonly options: CategoryToggleOptions,
  ) {
    host.addController(this);
  }

  /** The categories shown now (all when none is chosen), in display order. */
  get shown(): string[] {
    const all = this.options.all();
    const current = this.options.current();
    if (current === undefined) return [...all];
    const chosen = new Set(parseList(current));
    return all.filter((c) => chosen.has(c));
  }

  /** Whether `category` is shown. */
  isShown(category: string): boolean {
    return this.shown.includes(category);
  }

  /**
   * Shows exactly `next` (undefined: all). Fires one event per category that changed, and
   * updates the host's attribute unless a provider holds the state.
   */
  show(next: readonly string[] | undefined): void {
    const all = this.options.all();
    const before = new Set(this.shown);
    const after = new Set(next ?? all);
    if (!this.options.linked()) {
      this.host.categories = next && all.some((c) => !after.has(c)) ? all.filter((c) => after.has(c)).join(',') : undefined;
    }
    for (const category of all) {
      if (before.has(category) !== after.has(category)) this.host.dispatchEvent(new TwinningCategoryToggleEvent(category, after.has(category)));
    }
  }

  /** Switches one category on or off. */
  toggle(category: string, active = !this.isShown(category)): void {
    const shown = new Set(this.shown);
    if (active) shown.add(category);
    else shown.delete(category);
    this.show([...shown]);
  }

  /** Shows only `category`; when it already is the only one, shows all again. */
  solo(category: string): void {
    const shown = this.shown;
    this.show(shown.length === 1 && shown[0] === category ? undefined : [category]);
  }

  hostConnected(): void {}
}
