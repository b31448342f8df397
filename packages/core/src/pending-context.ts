/**
 * Context requests that no provider answered wait at the document and are replayed when a
 * provider connects, so a `<twinning-data>` defined after the elements inside it still reaches
 * them. Lit's `ContextRoot` does this but keeps every request it ever saw until a provider of that
 * context appears: on a page without a provider each mounted element left two WeakRefs and an
 * object behind for good (found with bench/heap-diff.mjs: +400 WeakRef, +200 Object per 200
 * mounts). Here a request is kept only while its element is in the document.
 */
import { ContextEvent, type Context, type ContextCallback } from '@lit/context';

type AnyContext = Context<unknown, unknown>;

interface Pending {
  readonly element: WeakRef<Element>;
  readonly callback: WeakRef<ContextCallback<unknown>>;
}

const pending = new Map<unknown, Pending[]>();

/** Listens at `root` (once per page) for requests to keep and providers to replay them to. */
export function attachPendingContextRequests(root: Element): void {
  root.addEventListener('context-request', (event) => {
    const request = event as ContextEvent<AnyContext>;
    if (request.subscribe !== true) return;
    const element = request.contextTarget ?? (request.composedPath()[0] as Element);
    const kept = (pending.get(request.context) ?? []).filter((p) => p.element.deref()?.isConnected && p.callback.deref());
    if (!kept.some((p) => p.element.deref() === element && p.callback.deref() === request.callback)) {
      kept.push({ element: new WeakRef(element), callback: new WeakRef(request.callback as ContextCallback<unknown>) });
    }
    pending.set(request.context, kept);
  });
  root.addEventListener('context-provider', (event) => {
    const context = (event as Event & { context: AnyContext }).context;
    const waiting = pending.get(context);
    if (!waiting) return;
    pending.delete(context);
    for (const p of waiting) {
      const [element, callback] = [p.element.deref(), p.callback.deref()];
      if (element && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  });
}

/** @internal For tests: how many requests wait for a provider of `context`. */
export function pendingContextRequests(context: AnyContext): number {
  return pending.get(context)?.length ?? 0;
}
