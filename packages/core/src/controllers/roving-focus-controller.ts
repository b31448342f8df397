/**
 * One tab stop into a set of marks, and arrow keys between them (the roving tabindex pattern).
 * The controller keeps which mark is current, moves `tabindex="0"` from one mark to the next
 * directly on the DOM (two attributes, never a re-render), focuses it, and maps keys to the
 * host's actions through a small keyboard map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The keys every Twinning element handles the same way. */
export const ROVING_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
/** A navigation key. */
export type RovingKey = (typeof ROVING_KEYS)[number];

/** How the controller finds marks and where a key leads. */
export interface RovingFocusOptions {
  /** The element holding the marks (the keydown listener goes on it). */
  readonly root: () => ParentNode | null;
  /** The mark element of a key, e.g. `[data-place="…"]`. */
  readonly markOf: (key: string) => string;
  /** Keys in keyboard order (Home is the first, End the last). */
  readonly keys: () => readonly string[];
  /**
   * Where a navigation key leads from `current`; the default walks `keys()` in order (left and
   * up go back, right and down go forward). Return null to stay.
   */
  readonly next?: (current: string, key: RovingKey) => string | null;
  /** Enter or Space on the current mark. */
  readonly onActivate?: (key: string, event: KeyboardEvent) => void;
  /** Escape. */
  readonly onEscape?: (event: KeyboardEvent) => void;
  /** Other keys the host handles (e.g. `+` to zoom); return true when handled. */
  readonly extraKeys?: (event: KeyboardEvent, current: string | null) => boolean;
  /** Told when the current mark changes (focus or keys), e.g. to show a tooltip. */
  readonly onMove?: (key: string) => void;
}

export class RovingFocusController implements ReactiveController {
  private currentKey: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The mark that holds the tab stop: the last one moved to, else the first key. */
  get current(): string | null {
    const keys = this.options.keys();
    return this.currentKey !== null && keys.includes(this.currentKey) ? this.currentKey : keys[0] ?? null;
  }

  /** The `tabindex` a mark should render with: 0 for the current one, -1 for the others. */
  tabIndexOf(key: string): 0 | -1 {
    return key === this.current ? 0 : -1;
  }

  /** Makes `key` current: moves the tab stop on the DOM and (with `focus`) focuses it. */
  moveTo(key: string, focus = true): void {
    const root = this.options.root();
    const previous = this.current;
    this.currentKey = key;
    if (root) {
      if (previous !== null && previous !== key) root.querySelector(this.options.markOf(previous))?.setAttribute('tabindex', '-1');
      const mark = root.querySelector<HTMLElement | SVGElement>(this.options.markOf(key));
      mark?.setAttribute('tabindex', '0');
      if (focus) mark?.focus();
    }
    this.options.onMove?.(key);
  }

  /** Where a navigation key leads by default: the previous or next key in order, or the ends. */
  private step(current: string, key: RovingKey): string | null {
    const keys = this.options.keys();
    const at = keys.indexOf(current);
    if (key === 'Home') return keys[0] ?? null;
    if (key === 'End') return keys[keys.length - 1] ?? null;
    const back = key === 'ArrowLeft' || key === 'ArrowUp';
    return keys[Math.max(0, Math.min(keys.length - 1, at + (back ? -1 : 1)))] ?? null;
  }

  /** The keydown handler; bind it on the marks' container (`@keydown=${roving.onKeydown}`). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const current = this.current;
    if (this.options.extraKeys?.(event, current)) return this.consume(event);
    if (current === null) return;
    if ((ROVING_KEYS as readonly string[]).includes(event.key)) {
      const key = event.key as RovingKey;
      const next = this.options.next && key !== 'Home' && key !== 'End' ? this.options.next(current, key) : this.step(current, key);
      this.consume(event);
      if (next !== null) this.moveTo(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.options.onActivate) {
      this.consume(event);
      this.options.onActivate(current, event);
    } else if (event.key === 'Escape' && this.options.onEscape) {
      this.consume(event);
      this.options.onEscape(event);
    }
  };

  /** Focus reached a mark by other means (click, Tab): it becomes current. */
  focused(key: string): void {
    if (key !== this.currentKey) this.moveTo(key, false);
  }

  private consume(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopPropagation();
  }

  hostConnected(): void {}
}
