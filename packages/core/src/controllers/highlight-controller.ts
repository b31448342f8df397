/**
 * Hover, focus and selection highlight without re-rendering: the controller adds and removes
 * classes (and `part` tokens) on exactly the marks whose state changes, and one class on the
 * marks' container so CSS can dim the rest. Highlighting six links among thousands touches
 * those six and the container, never the template.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How the controller finds the marks a key affects. */
export interface HighlightOptions {
  /** The element holding the marks. */
  readonly root: () => ParentNode | null;
  /**
   * The marks a key lights up, each with the state token to add: e.g. a place's own dot gets
   * `place--active`, its partners `place--partner`, its links `link--active`.
   */
  readonly marksOf: (key: string) => Iterable<readonly [selector: string, token: string]>;
  /** Class set on `root()` while something is highlighted (for "dim the others" CSS). */
  readonly containerClass?: string;
}

export class HighlightController implements ReactiveController {
  private key: string | null = null;
  private applied: [Element, string][] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HighlightOptions,
  ) {
    host.addController(this);
  }

  /** What is highlighted now. */
  get current(): string | null {
    return this.key;
  }

  /** Highlights `key` (null clears); a no-op when it is already the highlighted one. */
  set(key: string | null): void {
    if (key === this.key) return;
    this.clear();
    this.key = key;
    this.apply();
  }

  /** Re-applies the highlight after the host re-rendered the marks (call from `updated`). */
  refresh(): void {
    this.clear(false);
    this.apply();
  }

  private apply(): void {
    const root = this.options.root();
    if (!root || this.key === null) return;
    for (const [selector, token] of this.options.marksOf(this.key)) {
      for (const mark of root.querySelectorAll(selector)) {
        if (mark.classList.contains(token)) continue;
        mark.classList.add(token);
        if (mark.hasAttribute('part')) mark.setAttribute('part', `${mark.getAttribute('part')} ${token}`);
        this.applied.push([mark, token]);
      }
    }
    if (this.options.containerClass && root instanceof Element) root.classList.add(this.options.containerClass);
  }

  private clear(forget = true): void {
    for (const [mark, token] of this.applied) {
      mark.classList.remove(token);
      const part = mark.getAttribute('part');
      if (part) mark.setAttribute('part', part.split(' ').filter((t) => t !== token).join(' '));
    }
    this.applied = [];
    const root = this.options.root();
    if (this.options.containerClass && root instanceof Element) root.classList.remove(this.options.containerClass);
    if (forget) this.key = null;
  }

  hostDisconnected(): void {
    this.applied = [];
  }
}
