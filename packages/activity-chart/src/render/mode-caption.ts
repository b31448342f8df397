/**
 * The caption lines of the modes other than `share` (the decade rule, the panels' rule and what
 * they leave out, the reference's source): in the modes chunk, with the code that draws them.
 */
import { formatNumber, type Locale } from '@twinning/core';
import { textIn } from '@twinning/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartModel } from '../chart-model.ts';
import type { FacetKind } from '../layout/facet-kinds.ts';
import type { ActivityReference } from '../layout/reference.ts';
import { chartModeMessages, type ChartModeMessages } from '../chart-modes.messages.ts';

/** What the caption of a mode says besides the coverage and counting rule. */
export interface ModeCaptionInput {
  readonly locale: Locale;
  readonly facet: FacetKind | string;
  readonly reference: ActivityReference | null;
}

export function modeCaptionLines(model: ChartModel, { locale, facet, reference }: ModeCaptionInput): (string | TemplateResult)[] {
  const m = chartModeMessages(locale);
  const lines: (string | TemplateResult)[] = [];
  if (model.decades) {
    lines.push(m.decadeRule);
    if (model.decades.undated > 0) lines.push(m.undated(formatNumber(model.decades.undated, locale)));
  }
  if (model.facets) {
    lines.push(facet === 'twinning' ? m.twinningRule : m.regionRule);
    if (model.facets.unassigned > 0) lines.push(m.unassigned(formatNumber(model.facets.unassigned, locale)));
    const { facets, maxActivities } = model.facets.omitted;
    if (facets > 0) lines.push(m.omittedFacets(formatNumber(facets, locale), formatNumber(maxActivities, locale)));
  }
  if (model.mode === 'compare') lines.push(reference ? referenceSource(reference, m, locale) : m.noReference);
  if (model.compared.some((r) => r.reference === null) && reference) lines.push(m.noFigureNote);
  return lines;
}

/** "Reference: <label> — <source title, linked> (date) (unverified) <note>", each text tagged with its language. */
function referenceSource(reference: ActivityReference, m: ChartModeMessages, locale: Locale): TemplateResult {
  const label = textIn(reference.label, locale);
  const title = textIn(reference.source.title, locale);
  const note = reference.note ? textIn(reference.note, locale) : null;
  const tag = (t: { lang: string }) => (t.lang !== 'und' && t.lang !== locale ? t.lang : nothing);
  return html`${m.reference}: <span lang=${tag(label)}>${label.text}</span> —
      ${reference.source.url ? html`<a href=${reference.source.url} lang=${tag(title)}>${title.text}</a>` : html`<span lang=${tag(title)}>${title.text}</span>`}${reference.source.date ? ` (${reference.source.date})` : ''}
      ${reference.verified === false ? html`<span class="unverified">(${m.unverified})</span>` : nothing}
      ${note ? html`<span lang=${tag(note)}>${note.text}</span>` : nothing}`;
}
