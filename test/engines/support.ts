/**
 * The cross-engine smoke suite (test/engines/) runs in Chromium, Firefox and WebKit. Every user
 * action in it is real input: clicks through `sendMouse` at a mark's on-screen point, keys through
 * `sendKeys`, starting from a button before the element so the first Tab is the user's.
 * Expected values come from the fixture, not from the code under test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import small from '../fixtures/timeline-small.json' with { type: 'json' };

/** Seven real Japan–Canada pairs with 23 activities. */
export const DATA = small as unknown as TwinningDataset;

export type Host = HTMLElement & { updateComplete: Promise<boolean> };

export const marks = <T extends Element = SVGElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A stage of `width` px: a button to start tabbing from, then `element`. Removed after each test. */
export function stage(element: HTMLElement, width = 960): { start: HTMLButtonElement } {
  const holder = document.createElement('div');
  holder.className = 'engine-stage';
  holder.style.width = `${width}px`;
  const start = document.createElement('button');
  start.textContent = 'before';
  holder.append(start, element);
  document.body.append(holder);
  return { start };
}

afterEach(() => {
  for (const holder of document.querySelectorAll('.engine-stage, iframe')) holder.remove();
});

/** Waits until `el` has drawn `selector` (failing with its error text if it shows its error part). */
export async function drawn(el: Element, selector: string, timeout = 10000): Promise<void> {
  await waitUntil(() => marks(el, selector).length > 0 || marks(el, "[part~='error']").length > 0,
    `<${el.localName}> drew no ${selector}`, { timeout });
  const error = marks(el, "[part~='error']")[0];
  if (error) throw new Error(`<${el.localName}> shows an error: ${error.textContent}`);
  await settle(el);
}

const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));

/** Two animation frames and every pending Lit update of `elements`. */
export async function settle(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await frame();
    for (const el of elements) await (el as Host).updateComplete;
  }
}

/**
 * Waits until `el` has stopped changing size and redrawing its marks (a scrollbar that appears in
 * an iframe narrows the page and the element lays out again), so a point taken now is still right
 * when the click arrives.
 */
export async function stable(el: Element, timeout = 10000): Promise<void> {
  const snapshot = () => `${el.getBoundingClientRect().width}|${el.shadowRoot!.querySelector("[part~='link'], [part~='lane'], [part~='bar']")?.outerHTML}`;
  const end = performance.now() + timeout;
  let last = snapshot();
  for (;;) {
    await settle(el);
    await new Promise((done) => setTimeout(done, 100));
    const now = snapshot();
    if (now === last) return;
    if (performance.now() > end) throw new Error(`<${el.localName}> kept changing for ${timeout} ms`);
    last = now;
  }
}

/**
 * The on-screen point (test-page viewport px) of the middle of `node`, of a path at half its
 * length, or `offset` px from the top left of its box.
 */
export function pointOn(node: Element, offset?: readonly [number, number]): [number, number] {
  let [x, y] = offset ? cornerPlus(node, offset) : pointInOwnWindow(node);
  // Inside iframes: add each frame's content-box offset, up to the test page.
  let win = node.ownerDocument.defaultView!;
  while (win !== window && win.frameElement) {
    const frame = win.frameElement;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    win = frame.ownerDocument.defaultView!;
  }
  return [Math.round(x), Math.round(y)];
}

function cornerPlus(node: Element, [dx, dy]: readonly [number, number]): [number, number] {
  const box = node.getBoundingClientRect();
  return [box.left + dx, box.top + dy];
}

function pointInOwnWindow(node: Element): [number, number] {
  const hit = hitPoint(node);
  if (hit) return hit;
  const box = node.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/**
 * A whole-pixel point in `node`'s own window where `node` is the topmost element, or null.
 * For a path (a 1.6 px map link) it walks out from half its length, since a rounded midpoint can
 * miss the stroke or land on a link that crosses it there.
 */
function hitPoint(node: Element): [number, number] | null {
  const root = node.getRootNode() as unknown as DocumentOrShadowRoot;
  const mine = (top: Element | null) => top !== null && (top === node || node.contains(top));
  // The node is on top at the point, and no other mark of its kind is within 2 px of it: engines
  // hit-test thin strokes slightly differently, so a point where two links nearly touch is ambiguous.
  const kind = node.getAttribute('part')?.split(' ')[0];
  const rival = (top: Element | null) => top !== null && !mine(top) && kind !== undefined && (top.getAttribute('part') ?? '').split(' ')[0] === kind;
  const hits = ([x, y]: [number, number]) => {
    if (!mine(root.elementFromPoint(x, y))) return false;
    for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) if (rival(root.elementFromPoint(x + dx, y + dy))) return false;
    return true;
  };
  // Duck-typed, not instanceof: the node may come from an iframe's realm.
  const path = node as SVGPathElement;
  if (node.localName === 'path' && typeof path.getPointAtLength === 'function') {
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM()!;
    for (let step = 0; step <= 60; step++) {
      const at = 0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.01;
      const p = path.getPointAtLength(length * at);
      const point: [number, number] = [Math.round(p.x * matrix.a + p.y * matrix.c + matrix.e), Math.round(p.x * matrix.b + p.y * matrix.d + matrix.f)];
      if (hits(point)) return point;
    }
    return null;
  }
  const box = node.getBoundingClientRect();
  const centre: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  return hits(centre) ? centre : null;
}

/** The first of `nodes` that a click can hit somewhere along it (links cross, and the topmost one takes a click). */
export function onTop<T extends Element>(nodes: readonly T[]): T {
  const found = nodes.find((node) => hitPoint(node) !== null);
  if (!found) throw new Error(`none of ${nodes.length} marks is on top anywhere near its middle`);
  return found;
}

/** A real left click on `node` (see pointOn), scrolled into view first so the point is on screen. */
export async function click(node: Element, offset?: readonly [number, number]): Promise<void> {
  node.scrollIntoView({ block: 'center', inline: 'nearest' });
  await frame();
  await sendMouse({ type: 'click', position: pointOn(node, offset) });
  await sendMouse({ type: 'move', position: [0, 0] });
}

export const press = (key: string) => sendKeys({ press: key });

/** The element inside `el`'s shadow root that has focus. */
export const focusedIn = (el: Element) => el.shadowRoot!.activeElement;

/**
 * Focuses `start`, then presses Tab until focus is inside `el` on something matching `selector`;
 * fails if it takes more than `max` presses (one tab stop per element is the contract).
 */
export async function tabInto(el: Element, start: HTMLElement, selector: string, max = 8): Promise<Element> {
  start.focus();
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const active = focusedIn(el);
    if (active?.matches(selector)) return active;
  }
  throw new Error(`${max} Tab presses from the button before <${el.localName}> never reached ${selector} (focus: ${describe(document.activeElement)} / ${describe(focusedIn(el))})`);
}

function describe(node: Element | null | undefined): string {
  if (!node) return 'none';
  return `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>`;
}

/** The computed style of `node` (inside a shadow root). */
export const styleOf = (node: Element) => getComputedStyle(node);

/** True when `node` is drawn with a visible stroke at least `width` px wide. */
export function stroked(node: Element, width = 2): boolean {
  const style = styleOf(node);
  return style.stroke !== 'none' && style.stroke !== '' && parseFloat(style.strokeWidth) >= width && style.visibility !== 'hidden';
}

export { expect };
