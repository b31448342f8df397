/**
 * Place names in screen space (they keep their size when zooming), each kept inside its dot's
 * panel. The selected agreement's places, the active place and its partners win the space.
 * Rendered into their own group, so a hover re-places labels without touching the marks.
 */
import { needsLang, placeName } from '@twinning/core';
import { nothing, svg, type TemplateResult } from 'lit';
import { placeLabels, type Extent, type Label } from '../layout/index.ts';
import type { MapRenderContext } from './context.ts';
import { panelBoxes } from './land.ts';
import { selectedPlaces } from './marks.ts';

/** At most this many labels are considered, the highest priority first (placement is quadratic). */
const MAX_LABEL_CANDIDATES = 250;

export function renderLabels(ctx: MapRenderContext, active: string | null): TemplateResult[] {
  const { model, transform: t } = ctx;
  const k = t.k;
  const selected = selectedPlaces(ctx);
  const partners = new Set(active ? model.partnersByPlace.get(active) ?? [] : []);
  const panels = panelBoxes(model.layout);
  const candidates = model.dots.flatMap((dot) => {
    const p = panels[dot.panel]!;
    const [x, y] = t.apply([dot.x, dot.y]);
    if (x < p.x || x > p.x + p.width || y < p.y || y > p.y + p.height) return [];
    const place = ctx.view.placeById.get(dot.id)!;
    // The home place of the world layout is labelled first: it is what the widget is about.
    const priority = dot.id === model.home ? 4000 : selected.has(dot.id) ? 3000 : dot.id === active ? 2000 : partners.has(dot.id) ? 1500 : dot.count;
    const bounds: Extent = [[p.x, p.y], [p.x + p.width, p.y + p.height]];
    return [{ id: dot.id, x, y, r: dot.r * Math.sqrt(k), text: placeName(place, ctx.locale).text, priority, bounds }];
  });
  const top = candidates.sort((a, b) => b.priority - a.priority).slice(0, MAX_LABEL_CANDIDATES);
  const labels: Label[] = placeLabels(top, { width: model.layout.width, height: model.layout.height, fontSize: 12 });
  return labels.map((label) => {
    const name = placeName(ctx.view.placeById.get(label.id)!, ctx.locale);
    const lang = needsLang(name, ctx.locale) ? name.lang : nothing;
    // Two static templates rather than a bound `part`: the attributes keep their order (snapshots).
    return label.id === model.home
      ? svg`<text part="label label--home" class="label label--home" x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="central"
        lang=${lang} aria-hidden="true">${label.text}</text>`
      : svg`<text part="label" class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="central"
        lang=${lang} aria-hidden="true">${label.text}</text>`;
  });
}
