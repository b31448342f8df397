/**
 * Copies the computed style of a live SVG onto a clone, as presentation attributes. The marks
 * are styled through shadow CSS and custom properties, which a standalone file cannot see; the
 * computed values are resolved (rgb(), px), so the file shows the current theme exactly.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Paint properties copied onto every drawn element. */
const PAINT = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'paint-order', 'vector-effect', 'visibility',
] as const;
/** Text properties copied onto text elements. */
const TEXT = ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'text-decoration'] as const;
/** Attributes that belong to the live page (interaction, accessibility, shadow styling), not to a file. */
const DROPPED = /^(tabindex|role|aria-.*|part|class|style|focusable|draggable)$/;
/** Containers whose children are never rendered directly (computed display can be misleading there). */
const DEFINITIONS = 'defs, clipPath, pattern, mask, marker, linearGradient, radialGradient, symbol';
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);
/** Initial values: a property at its initial value need not be written where nothing overrides it. */
const INITIAL: Record<string, string> = {
  fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', 'fill-rule': 'nonzero', stroke: 'none', 'stroke-width': '1px', 'stroke-opacity': '1',
  'stroke-dasharray': 'none', 'stroke-dashoffset': '0px', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'stroke-miterlimit': '4',
  opacity: '1', 'paint-order': 'normal', 'vector-effect': 'none', visibility: 'visible',
};
/** Paint properties that are not inherited: compared with the initial value, not the parent's. */
const NOT_INHERITED = new Set(['opacity', 'vector-effect']);

/** Rewrites `url("https://page/#id")` (how computed values spell references) to `url(#id)`. */
function localUrl(value: string): string {
  return value.replace(/url\((["']?)[^)"']*?(#[^)"']+)\1\)/g, 'url($2)');
}

/**
 * A deep clone of `svg` whose every element carries its computed paint (and, for text, font)
 * as attributes; hidden elements, focus rings and comments are left out; no attribute keeps a
 * `var(` reference.
 */
export function cloneWithComputedStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals: Element[] = [svg, ...svg.querySelectorAll('*')];
  const clones: Element[] = [clone, ...clone.querySelectorAll('*')];
  const removed: Element[] = [];
  originals.forEach((original, i) => {
    const copy = clones[i]!;
    const inDefinitions = !!original.parentElement?.closest(DEFINITIONS);
    const style = getComputedStyle(original);
    // Every kept element is visited, so an inherited value equal to the parent's is already in force.
    const parentStyle = original === svg || !original.parentElement ? null : getComputedStyle(original.parentElement);
    if (!inDefinitions && (style.display === 'none' || original.classList.contains('mark-focus') || original.localName === 'foreignObject')) {
      removed.push(copy);
      return;
    }
    for (const name of copy.getAttributeNames()) {
      if (DROPPED.test(name) || copy.getAttribute(name)!.includes('var(')) copy.removeAttribute(name);
    }
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      const inherited = NOT_INHERITED.has(property) || !parentStyle ? INITIAL[property] : parentStyle.getPropertyValue(property);
      if (value && value !== inherited) copy.setAttribute(property, localUrl(value));
      else copy.removeAttribute(property);
    }
    if (TEXT_ELEMENTS.has(original.localName) || original === svg) {
      for (const property of TEXT) {
        const value = style.getPropertyValue(property);
        if (value) copy.setAttribute(property, value);
      }
      // text-transform is not an SVG presentation attribute: apply it to the text itself.
      if (style.textTransform === 'uppercase' && copy.childElementCount === 0) copy.textContent = (copy.textContent ?? '').toLocaleUpperCase(original.closest('[lang]')?.getAttribute('lang') || undefined);
    }
    if (original.localName === 'svg') copy.setAttribute('overflow', style.overflow === 'visible' ? 'visible' : 'hidden');
  });
  for (const node of removed) node.remove();
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const node of dead) node.parentNode?.removeChild(node);
  return clone;
}

/** A new SVG element in the SVG namespace with `attributes`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
