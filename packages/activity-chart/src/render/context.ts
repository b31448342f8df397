/** What the render functions need from the element: names, colours, formats and focus state. */
import type { ResolvedText } from '@twinning/schema';
import type { DirectiveResult } from 'lit/directive.js';
import { estimateTextWidth } from '../layout/labels.ts';
import type { ChartMessages } from '../twinning-activity-chart.messages.ts';

/** Shared inputs of the render functions. */
export interface RenderContext {
  readonly width: number;
  readonly locale: string;
  readonly m: ChartMessages;
  label(category: string): ResolvedText;
  /** CSS custom properties of a mark of `category` (`--_fill`, `--_texture`), as a CSP-safe `styleProps` binding. */
  fillStyle(category: string): DirectiveResult;
  count(value: number): string;
  percent(value: number): string;
  /** The key of the mark holding the tab stop. */
  readonly focusKey: string;
  /** The category the chart is filtered to by a bar, if any (drawn as `bar--active`). */
  readonly activeCategory: string | null;
}

/** `part` of a bar, with its state token. */
export function barPart(ctx: RenderContext, category: string): string {
  return ctx.activeCategory === category ? 'bar bar--active' : 'bar';
}

/** Left margin for category names: the longest estimated name, within [60, 40% of width]. */
export function labelMargin(names: readonly string[], width: number, fontSize = 12): number {
  let longest = 0;
  for (const name of names) longest = Math.max(longest, estimateTextWidth(name, fontSize));
  return Math.round(Math.min(Math.max(60, longest + 10), width * 0.4));
}
