/**
 * A module loaded on first need, once per page, for parts an element does not show at first
 * paint (the data table, the export menu): `loading()` is null once the module is in, otherwise a
 * promise that settles when it has loaded or failed to (a failed load is tried again next time).
 * An element awaits `loading()` before the update that needs the module (see
 * `TwinningElement.scheduleUpdate`), then reads it synchronously with `get()`.
 */
export interface LazyModule<T> {
  get(): T | undefined;
  loading(): Promise<unknown> | null;
}

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  let pending: Promise<unknown> | undefined;
  return {
    get: () => module,
    loading: () => (module ? null : (pending ??= load().then((m) => (module = m), () => (pending = undefined)))),
  };
}
