/**
 * The `world` layout (`worldPartners()` and its Equal Earth projection) is a chunk of its own:
 * only a map framing one place (`place="…"`) can need it, so the regional split view, the
 * default, never downloads it. The element awaits `worldLayoutLoading()` before an update that
 * might draw it, the way it awaits its language text; the model then asks `worldLayout()`.
 */
type WorldModule = typeof import('./layout/world-partners.ts');

let loaded: WorldModule | undefined;
let loading: Promise<unknown> | undefined;

/** Null once the chunk is in; otherwise a promise that settles when it has loaded or failed to. */
export function worldLayoutLoading(): Promise<unknown> | null {
  if (loaded) return null;
  loading ??= import('./layout/world-partners.ts').then(
    (module) => (loaded = module),
    () => (loading = undefined),
  );
  return loading;
}

/** The world layout's module, or undefined until `worldLayoutLoading()` has settled (the model then draws a globe). */
export function worldLayout(): WorldModule | undefined {
  return loaded;
}
