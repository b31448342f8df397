/** The share axis under a set of bars. */
import { svg, type SVGTemplateResult } from 'lit';
import { shareTicks, type LinearScale } from '../layout/scales.ts';

/** A bottom axis at `y` with percentage ticks; `ticks` limits their number on narrow charts. */
export function shareAxis(x: LinearScale, y: number, percent: (v: number) => string, ticks = 5): SVGTemplateResult {
  const [r0, r1] = x.range() as [number, number];
  return svg`<g part="axis" transform="translate(0 ${y})" aria-hidden="true">
    <line x1=${r0} x2=${r1} y1="0" y2="0"></line>
    ${shareTicks(x, ticks).map((t) => svg`<g transform="translate(${x(t)} 0)"><line y1="0" y2="4"></line>
      <text y="16" text-anchor="middle">${percent(t)}</text></g>`)}
  </g>`;
}
