/**
 * The narrow layout's rows: which agreement is open (one at a time), the roving tab stop among
 * the rows' buttons, and where a row sits in its scroll box for the selection to be revealed.
 * A new selection opens its row; one agreement alone is open from the start.
 */
import { RovingFocusController } from '@twinning/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NarrowHandlers } from './render/narrow.ts';
import type { LaneBox } from './reveal-selection-controller.ts';

/** How the controller reads the host. */
export interface NarrowRowsOptions {
  /** The narrow list, once rendered. */
  readonly root: () => ParentNode | null;
  /** The agreements' ids in row order. */
  readonly keys: () => readonly string[];
}

export class NarrowRowsController implements ReactiveController {
  /** The agreement open in the narrow layout. */
  private open: string | null = null;
  private lastSelected: string | null = null;
  private readonly rows: RovingFocusController;

  constructor(private readonly host: ReactiveControllerHost, options: NarrowRowsOptions) {
    host.addController(this);
    this.rows = new RovingFocusController(host, {
      root: options.root,
      markOf: (id) => `[data-disclosure="${CSS.escape(id)}"]`,
      keys: options.keys,
      onEscape: () => this.toggle(null),
    });
  }

  /** Opens (or, given null, closes) a row and re-renders. */
  private toggle(id: string | null): void {
    if (id === this.open) return;
    this.open = id;
    this.host.requestUpdate();
  }

  /** From the host's `willUpdate`: a selection that changed since the last update opens its row. */
  selectionChanged(selected: string | null): void {
    if (selected === this.lastSelected) return;
    this.lastSelected = selected;
    if (selected) this.open = selected;
  }

  /** From the host's `willUpdate` when the model is rebuilt: one agreement alone is open. */
  laidOut(ids: readonly string[]): void {
    if (ids.length === 1) this.open = ids[0]!;
  }

  /** The narrow layout's handlers for the open row and the roving focus. */
  handlers(): Pick<NarrowHandlers, 'expanded' | 'onToggle' | 'tabIndexOf' | 'onKeydown' | 'onFocus'> {
    return {
      expanded: this.open, onToggle: (id) => this.toggle(id),
      tabIndexOf: (id) => this.rows.tabIndexOf(id), onKeydown: this.rows.onKeydown, onFocus: (id) => this.rows.focused(id),
    };
  }

  /** Where an agreement's row is in the list's scroll box, or null while it is not rendered. */
  rowBox(id: string, box: HTMLElement): LaneBox | null {
    const row = box.querySelector(`[data-row="${CSS.escape(id)}"]`);
    return row ? { top: row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop, height: row.getBoundingClientRect().height } : null;
  }

  // The host calls selectionChanged/laidOut from willUpdate, in its order; nothing to do on the lifecycle.
  hostConnected(): void {}
}
