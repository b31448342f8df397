import { warnDuplicateOnce } from './warnings.ts';

/**
 * Registers a custom element once: loading the same script twice must not throw. When another
 * copy of the library (a second script tag, another version) already defined the tag, this copy
 * steps aside and says so once, with the `duplicate-definition` code.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor) warnDuplicateOnce(tag);
}
