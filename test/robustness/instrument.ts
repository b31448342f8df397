/**
 * Counts what elements leave behind: listeners on window and document, live ResizeObservers and
 * MutationObservers, pending timers. Import it before any element module so every call is seen.
 */

const listeners = new Map<string, number>();
const live = { resize: new Set<ResizeObserver>(), mutation: new Set<MutationObserver>() };
const timers = new Set<number>();

function countListeners(target: EventTarget, name: string): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const seen = new Set<string>();
  const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${name}:${type}:${typeof options === 'boolean' ? options : !!options?.capture}:${listenerId(listener)}`;
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    const k = key(type, listener, options);
    if (listener && !seen.has(k) && !(typeof options === 'object' && options.once)) {
      seen.add(k);
      listeners.set(name, (listeners.get(name) ?? 0) + 1);
    }
    add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const k = key(type, listener, options);
    if (seen.delete(k)) listeners.set(name, (listeners.get(name) ?? 0) - 1);
    remove(type, listener, options);
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function listenerId(listener: unknown): number {
  if (listener === null || (typeof listener !== 'object' && typeof listener !== 'function')) return -1;
  let id = ids.get(listener as object);
  if (id === undefined) ids.set(listener as object, (id = nextId++));
  return id;
}

countListeners(window, 'window');
countListeners(document, 'document');

const NativeResize = window.ResizeObserver;
window.ResizeObserver = class extends NativeResize {
  override observe(target: Element, options?: ResizeObserverOptions): void {
    live.resize.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    live.resize.delete(this);
    super.disconnect();
  }
};

const NativeMutation = window.MutationObserver;
window.MutationObserver = class extends NativeMutation {
  override observe(target: Node, options?: MutationObserverInit): void {
    live.mutation.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    live.mutation.delete(this);
    super.disconnect();
  }
};

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);
window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = nativeSetTimeout((...a: unknown[]) => {
    timers.delete(id);
    if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
  }, delay, ...args);
  timers.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, delay, ...args);
  timers.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

/** What is registered right now. */
export function census(): { windowListeners: number; documentListeners: number; resizeObservers: number; mutationObservers: number; timers: number } {
  return {
    windowListeners: listeners.get('window') ?? 0,
    documentListeners: listeners.get('document') ?? 0,
    resizeObservers: live.resize.size,
    mutationObservers: live.mutation.size,
    timers: timers.size,
  };
}
