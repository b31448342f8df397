/**
 * The overview's horizontal range brush, drawn into `g.brush` after each render and removed when
 * the element disconnects. It behaves as d3's brushX did (same rectangles, classes and cursors):
 * drag on the strip to select a range, drag the selection to move it, drag its edges to resize
 * it, a click without a drag clears it; Alt while dragging resizes about the centre and Space
 * moves the selection. Pointer events only, so the timeline does not load d3-brush and what it
 * brings (d3-selection, -transition, -interpolate, -color, -drag, -dispatch, -timer, -ease:
 * about 15 kB min+gzip before first paint). The keyboard chooses a range with the range sliders;
 * the brush is hidden from assistive technology.
 *
 * User-made selections are reported when the gesture ends; programmatic moves, which mirror
 * `since`/`until`, are not.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller asks its host for. */
export interface BrushOptions {
  /** The brushable area [[x0, y0], [x1, y1]], or null when there is no overview. */
  readonly extent: () => [[number, number], [number, number]] | null;
  /** The pixel selection to show, or null for none. */
  readonly selection: () => [number, number] | null;
  /** A user-made selection ended: pixels, or null when cleared by a click. */
  readonly onBrush: (selection: [number, number] | null) => void;
}

type Range = [number, number];
/** What the pointer went down on: the strip (a new selection), the selection, or an edge. */
type Target = 'overlay' | 'selection' | 'w' | 'e';
/** How a gesture changes the selection: resize one edge, move both, or resize about the centre. */
type Mode = 'handle' | 'move' | 'center';

const SVG = 'http://www.w3.org/2000/svg';
/** Width of the edge handles, centred on the selection's edges (d3's handleSize). */
const HANDLE = 6;
const CURSORS: Record<Target, string> = { overlay: 'crosshair', selection: 'move', w: 'ew-resize', e: 'ew-resize' };

interface Gesture {
  readonly pointer: number;
  target: Target;
  mode: Mode;
  /** The resizing edge: -1 west, +1 east. */
  side: -1 | 1;
  /** Pointer x and selection when the current mode began. */
  x0: number;
  start: Range;
  x: number;
  moved: boolean;
  readonly listeners: AbortController;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export class BrushController implements ReactiveController {
  private node: SVGGElement | null = null;
  private key = '';
  private extent: [[number, number], [number, number]] = [[0, 0], [0, 0]];
  private selection: Range | null = null;
  private gesture: Gesture | null = null;
  private listeners?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: BrushOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // An update can run after the host left the page; listeners on a detached node then are
    // never removed, and they keep the whole element alive.
    if (!this.host.isConnected) return;
    const node = this.host.renderRoot.querySelector<SVGGElement>('g.brush');
    if (node !== this.node) {
      this.detach();
      if (node) this.attach(node);
    }
    const extent = this.options.extent();
    if (!this.node || !extent) return;
    const selection = this.options.selection();
    const key = JSON.stringify([extent, selection]);
    if (key === this.key) return;
    this.key = key;
    this.extent = extent;
    const overlay = this.rect('overlay');
    const [[x0, y0], [x1, y1]] = extent;
    for (const [name, value] of [['x', x0], ['y', y0], ['width', x1 - x0], ['height', y1 - y0]] as const) overlay.setAttribute(name, String(value));
    if (this.gesture) return;
    this.selection = selection ? [selection[0], selection[1]] : null;
    this.redraw();
  }

  hostConnected(): void {
    // A re-connected element re-attaches its brush on the next render.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Draws the rectangles d3's brush drew, in its order, and listens for pointers. */
  private attach(node: SVGGElement): void {
    this.node = node;
    const add = (className: string, attributes: Record<string, string>) => {
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', className);
      for (const [name, value] of Object.entries(attributes)) rect.setAttribute(name, value);
      node.append(rect);
    };
    add('overlay', { 'pointer-events': 'all', cursor: CURSORS.overlay });
    add('selection', { cursor: CURSORS.selection, fill: '#777', 'fill-opacity': '0.3', stroke: '#fff', 'shape-rendering': 'crispEdges' });
    add('handle handle--w', { cursor: CURSORS.w });
    add('handle handle--e', { cursor: CURSORS.e });
    this.redraw();
    node.setAttribute('fill', 'none');
    node.setAttribute('pointer-events', 'all');
    if (navigator.maxTouchPoints || 'ontouchstart' in node) {
      node.style.touchAction = 'none';
      node.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
    }
    this.listeners = new AbortController();
    node.addEventListener('pointerdown', (event) => this.onPointerDown(event), { signal: this.listeners.signal });
  }

  private detach(): void {
    this.endGesture();
    this.listeners?.abort();
    this.listeners = undefined;
    if (this.node) {
      this.node.replaceChildren();
      for (const name of ['fill', 'pointer-events']) this.node.removeAttribute(name);
    }
    this.node = null;
    this.key = '';
    this.selection = null;
  }

  private rect(name: 'overlay' | 'selection' | 'w' | 'e'): SVGRectElement {
    return this.node!.querySelector<SVGRectElement>(name === 'w' || name === 'e' ? `.handle--${name}` : `.${name}`)!;
  }

  /** Shows the selection and its handles, or hides them (as d3's brush: display none, no geometry). */
  private redraw(): void {
    const [[, y0], [, y1]] = this.extent;
    const s = this.selection;
    const place = (rect: SVGRectElement, x: number, y: number, width: number, height: number) => {
      rect.style.display = '';
      for (const [name, value] of [['x', x], ['y', y], ['width', width], ['height', height]] as const) rect.setAttribute(name, String(value));
    };
    for (const name of ['selection', 'w', 'e'] as const) {
      const rect = this.rect(name);
      if (!s) {
        rect.style.display = 'none';
        for (const attr of ['x', 'y', 'width', 'height']) rect.removeAttribute(attr);
      } else if (name === 'selection') place(rect, s[0], y0, s[1] - s[0], y1 - y0);
      else place(rect, (name === 'w' ? s[0] : s[1]) - HANDLE / 2, y0 - HANDLE / 2, HANDLE, y1 - y0 + HANDLE);
    }
  }

  /** The pointer's x in the brush's own coordinates. */
  private pointerX(event: PointerEvent): number {
    const matrix = this.node!.getScreenCTM();
    return matrix ? new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse()).x : event.offsetX;
  }

  private onPointerDown(event: PointerEvent): void {
    // d3's filter: the primary button, no Ctrl; one gesture at a time.
    if (event.ctrlKey || event.button || this.gesture || !this.node) return;
    const rect = event.target instanceof Element ? event.target : null;
    let target: Target = rect?.classList.contains('selection') ? 'selection' : rect?.classList.contains('handle--w') ? 'w' : rect?.classList.contains('handle--e') ? 'e' : 'overlay';
    if (event.metaKey || !this.selection) target = 'overlay';
    const [[x0], [x1]] = this.extent;
    const x = clamp(this.pointerX(event), x0, x1);
    if (target === 'overlay') this.selection = [x, x];
    const listeners = new AbortController();
    this.gesture = {
      pointer: event.pointerId, target, side: target === 'w' ? -1 : 1, x0: x, x, start: [...this.selection!], moved: false, listeners,
      mode: target === 'selection' ? 'move' : event.altKey ? 'center' : 'handle',
    };
    const view = this.node.ownerDocument.defaultView ?? window;
    const options = { signal: listeners.signal, capture: true };
    view.addEventListener('pointermove', (e) => this.onPointerMove(e), options);
    for (const type of ['pointerup', 'pointercancel'] as const) view.addEventListener(type, (e) => this.onPointerUp(e), options);
    view.addEventListener('keydown', (e) => this.onKey(e, true), options);
    view.addEventListener('keyup', (e) => this.onKey(e, false), options);
    // No text selection or native drag while brushing.
    for (const type of ['selectstart', 'dragstart'] as const) view.addEventListener(type, (e) => e.preventDefault(), options);
    this.node.setAttribute('pointer-events', 'none');
    this.rect('overlay').setAttribute('cursor', CURSORS[target]);
    this.redraw();
  }

  private onPointerMove(event: PointerEvent): void {
    const g = this.gesture;
    if (!g || event.pointerId !== g.pointer) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    g.x = this.pointerX(event);
    g.moved = true;
    this.apply();
  }

  /** The selection for the pointer's current position in the gesture's mode. */
  private apply(): void {
    const g = this.gesture!;
    const [[W], [E]] = this.extent;
    const [w0, e0] = g.start;
    let dx = g.x - g.x0;
    let w1 = w0, e1 = e0;
    if (g.mode === 'move') {
      dx = clamp(dx, W - w0, E - e0);
      [w1, e1] = [w0 + dx, e0 + dx];
    } else if (g.mode === 'center') {
      [w1, e1] = [clamp(w0 - dx * g.side, W, E), clamp(e0 + dx * g.side, W, E)];
    } else if (g.side < 0) w1 = clamp(w0 + dx, W, E);
    else e1 = clamp(e0 + dx, W, E);
    if (e1 < w1) {
      // Dragged past the other edge: that edge is now the fixed one.
      g.side = g.side < 0 ? 1 : -1;
      g.start = [e0, w0];
      [w1, e1] = [e1, w1];
      if (g.target === 'w' || g.target === 'e') {
        g.target = g.target === 'w' ? 'e' : 'w';
        this.rect('overlay').setAttribute('cursor', CURSORS[g.target]);
      }
    }
    const s = this.selection;
    if (!s || s[0] !== w1 || s[1] !== e1) {
      this.selection = [w1, e1];
      this.redraw();
    }
  }

  /** Alt resizes about the centre and Space moves the selection, while held (as d3's brush). */
  private onKey(event: KeyboardEvent, down: boolean): void {
    const g = this.gesture;
    if (!g || (event.key !== 'Alt' && event.key !== ' ')) return;
    if (g.target === 'selection') return;
    event.preventDefault();
    const mode: Mode = event.key === ' ' ? (down ? 'move' : event.altKey ? 'center' : 'handle') : g.mode === 'move' ? 'move' : down ? 'center' : 'handle';
    if (mode === g.mode) return;
    // The new mode starts from here, so the selection does not jump.
    g.mode = mode;
    g.x0 = g.x;
    g.start = [...this.selection!];
  }

  private onPointerUp(event: PointerEvent): void {
    const g = this.gesture;
    if (!g || event.pointerId !== g.pointer) return;
    event.stopImmediatePropagation();
    const moved = g.moved;
    this.endGesture();
    if (moved) {
      // The click that ends a drag is not a click on what lies under the pointer.
      const view = this.node?.ownerDocument.defaultView ?? window;
      const swallow = (e: Event) => { e.stopImmediatePropagation(); e.preventDefault(); };
      view.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => view.removeEventListener('click', swallow, { capture: true }), 0);
    }
    const s = this.selection;
    if (s && s[1] === s[0]) {
      this.selection = null;
      this.redraw();
    }
    this.options.onBrush(s && s[1] - s[0] >= 1 ? [s[0], s[1]] : null);
  }

  private endGesture(): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    g.listeners.abort();
    if (this.node) {
      this.node.setAttribute('pointer-events', 'all');
      this.rect('overlay').setAttribute('cursor', CURSORS.overlay);
    }
  }
}
