/**
 * The tooltip that follows the pointer and the keyboard focus, positioned inside the host's
 * chart area. It owns its own element and renders into it directly, so showing, moving or
 * hiding it never re-renders the host's template (hovering stays cheap however many marks
 * there are). The host places `controller.element` once in its template.
 */
import { render, type nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Where to show the tooltip: a point in the container's coordinates, or next to a mark. */
export type TooltipAnchor = { readonly x: number; readonly y: number } | Element;

/** Placement options. */
export interface TooltipOptions {
  /** The positioned box the tooltip is placed in (usually the `.chart` wrapper). */
  readonly container: () => Element | null;
  /** Assumed tooltip width, used to keep it inside the container (default 240). */
  readonly width?: number;
  /** Gap between the anchor and the tooltip (default 8). */
  readonly gap?: number;
}

export class TooltipController implements ReactiveController {
  /** The tooltip element (`part="tooltip"`, hidden from assistive technology: focus already names the mark). */
  readonly element: HTMLDivElement;
  private shownFor: unknown = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TooltipOptions,
  ) {
    this.element = document.createElement('div');
    this.element.setAttribute('part', 'tooltip');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.hidden = true;
    host.addController(this);
  }

  /** What the tooltip shows now (the key given to `show`), or null when hidden. */
  get current(): unknown {
    return this.shownFor;
  }

  /**
   * Shows `content` at `anchor`. `key` identifies what it is about; showing the same key again
   * only moves the tooltip.
   */
  show(anchor: TooltipAnchor, content: TemplateResult | string | typeof nothing, key: unknown = content): void {
    const container = this.options.container();
    if (!container) return;
    const gap = this.options.gap ?? 8;
    const width = this.options.width ?? 240;
    let left: string;
    let top: number;
    if (anchor instanceof Element) {
      const origin = container.getBoundingClientRect();
      const box = anchor.getBoundingClientRect();
      left = `${Math.round(Math.max(0, Math.min(box.right - origin.left + gap, origin.width - width)))}px`;
      top = box.top - origin.top;
    } else {
      // A point needs no layout read: CSS keeps it inside the container (a read here forced a
      // layout of the whole chart on every hover, three per tap on a phone; bench/phone.mjs).
      left = `clamp(0px, ${Math.round(anchor.x + gap)}px, calc(100% - ${width}px))`;
      top = anchor.y + gap;
    }
    if (key !== this.shownFor) render(content, this.element);
    this.shownFor = key;
    this.element.style.left = left;
    this.element.style.top = `${Math.round(top)}px`;
    this.element.hidden = false;
  }

  /** Hides the tooltip (only when it is showing `key`, if given). */
  hide(key?: unknown): void {
    if (key !== undefined && key !== this.shownFor) return;
    this.shownFor = null;
    this.element.hidden = true;
  }

  hostDisconnected(): void {
    this.hide();
  }
}
