/**
 * A style binding that works under a strict Content-Security-Policy (`style-src 'self'`).
 *
 * A page without 'unsafe-inline' refuses `style` attributes written as text, and that includes
 * Lit's own `styleMap` on its first render (it writes the attribute once, then uses the CSSOM).
 * `styleProps` always goes through `element.style.setProperty`, which the policy allows, and
 * removes the properties a later render leaves out.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Property name (`fill`, `--_fill`, `left`) → value; undefined or null removes it. */
export type StyleProps = Readonly<Record<string, string | number | undefined | null>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('invalid styleProps: use it as the whole value of a style attribute');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      next.add(name);
      const property = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(property, String(value));
    }
    for (const name of this.previous) {
      if (!next.has(name)) style.removeProperty(name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    }
    this.previous = next;
    return noChange;
  }
}

/** Sets inline style properties through the CSSOM: `style=${styleProps({ '--_fill': colour })}`. */
export const styleProps = directive(StylePropsDirective);
