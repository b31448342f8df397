/**
 * Styles of parts that load apart from the element (the data table, the export menu) travel with
 * their chunk and are added to the element's shadow root when the part first renders, so the
 * first paint does not download CSS for parts it does not show.
 */
import type { CSSResult } from 'lit';

const added = new WeakMap<DocumentFragment, Set<CSSResult>>();

/** Adds `styles` to `root` (a shadow root) once: as an adopted sheet, or a `<style>` where sheets can't be adopted. */
export function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  added.set(root, done.add(styles));
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
