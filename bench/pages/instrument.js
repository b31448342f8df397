/**
 * Loaded as a classic script before any bundle: counts the listeners, observers and intervals
 * that are live, so the memory run can tell what mount/unmount cycles leave behind.
 * `window.__live()` returns the counts; listeners are split by whether their target is a
 * long-lived global (window, document, <html>, <body>) or anything else.
 */
(() => {
  // Everything is held weakly, so the count itself keeps nothing alive: what GC collects is not "left".
  const listeners = new WeakMap();
  // One WeakRef per target that ever had a listener, for __live() to walk; it leaves the set when
  // GC collects its target, so this bookkeeping stays the size of what is live. (Pruned only by
  // __live(), it grew by one ref per target per mount and was counted as the element's growth.)
  const targets = new Set();
  const forget = new FinalizationRegistry((ref) => targets.delete(ref));
  const key = (type, listener, options) => `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener) {
      let byTarget = listeners.get(this);
      if (!byTarget) {
        listeners.set(this, (byTarget = new Map()));
        const ref = new WeakRef(this);
        targets.add(ref);
        forget.register(this, ref);
      }
      const k = key(type, listener, options);
      let set = byTarget.get(k);
      if (!set) byTarget.set(k, (set = new Set()));
      const ref = new WeakRef(listener);
      set.add(ref);
      if (options?.signal) options.signal.addEventListener('abort', () => set.delete(ref), { once: true });
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const set = listeners.get(this)?.get(key(type, listener, options));
    if (set) for (const ref of set) if (ref.deref() === listener) set.delete(ref);
    return remove.call(this, type, listener, options);
  };
  const observers = { ResizeObserver: new Set(), MutationObserver: new Set(), IntersectionObserver: new Set() };
  for (const name of Object.keys(observers)) {
    const Base = window[name];
    if (!Base) continue;
    const live = observers[name];
    window[name] = class extends Base {
      observe(...args) { if (!this.__ref) live.add((this.__ref = new WeakRef(this))); return super.observe(...args); }
      disconnect() { live.delete(this.__ref); this.__ref = undefined; return super.disconnect(); }
    };
  }
  const intervals = new Set();
  const setI = window.setInterval, clearI = window.clearInterval;
  window.setInterval = (...args) => { const id = setI(...args); intervals.add(id); return id; };
  window.clearInterval = (id) => { intervals.delete(id); return clearI(id); };
  const alive = (set) => [...set].filter((ref) => ref.deref()).length;
  window.__live = () => {
    const globals = new Set([window, document, document.documentElement, document.body]);
    let onGlobals = 0, elsewhere = 0, targetCount = 0;
    for (const targetRef of targets) {
      const target = targetRef.deref();
      if (!target) { targets.delete(targetRef); continue; }
      let n = 0;
      for (const set of listeners.get(target).values()) for (const ref of set) if (ref.deref()) n++;
      if (!n) continue;
      if (globals.has(target)) onGlobals += n;
      else { elsewhere += n; targetCount++; }
    }
    return {
      listenersOnGlobals: onGlobals, listenersElsewhere: elsewhere, listenerTargets: targetCount,
      resizeObservers: alive(observers.ResizeObserver), mutationObservers: alive(observers.MutationObserver),
      intersectionObservers: alive(observers.IntersectionObserver), intervals: intervals.size,
    };
  };
})();
