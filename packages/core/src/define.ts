import { warnDuplicateOnce } from './warnings.ts';

/**
 * Registers a custom element once: loading the same script twice must not throw. When another
 * copy of the library (a second script tag, another version) already defined the tag, this copy
 * steps aside and says so once, with the `duplicate-definition` code.
 *
 * On a server (Node, a Vite SSR build, Next.js) there may be no registry at all, or Lit's shim,
 * which a framework fills once per bundle layer; nothing is rendered there, so nothing is defined
 * and nothing is said. The elements register when the module runs in the browser.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, elementClass);
  else if (existing !== elementClass) warnDuplicateOnce(tag);
}
