/**
 * The focus ring of the focused dot: one circle, moved into the dot's group (a DOM move, not a
 * render), a little larger than the dot so it shows in any colour scheme.
 */
import type { Dot } from '../layout/index.ts';

export class FocusRing {
  private readonly ring = document.createElementNS('http://www.w3.org/2000/svg', 'circle');

  constructor() {
    this.ring.setAttribute('class', 'mark-focus');
  }

  /** Puts the ring around `dot` inside `group` at zoom scale `k`, or removes it when either is missing. */
  place(group: Element | null, dot: Dot | undefined, k: number): void {
    if (!group || !dot) return this.ring.remove();
    this.ring.setAttribute('cx', String(dot.x));
    this.ring.setAttribute('cy', String(dot.y));
    this.ring.setAttribute('r', String(dot.r / Math.sqrt(k) + 4 / k));
    if (this.ring.parentNode !== group) group.append(this.ring);
  }
}
