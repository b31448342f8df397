/**
 * The export-and-cite menu shown in the actions bar when an element has `actions`: a disclosure
 * button and a list of buttons (PNG, SVG, CSV, embed code, citation). Escape closes it and
 * returns focus to the button; arrow keys, Home and End move between the items. A controller,
 * so the base class adds it with one field and one call.
 */
import type { TwinningDataset } from '@twinning/schema';
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { SharedState } from '../context.ts';
import type { TableModel } from '../data-table.ts';
import type { Locale } from '../locale.ts';
import type { ExportedNote } from '../annotations/annotation-controller.ts';
import { citationOf } from './citation.ts';
import { deliverExport, exportFilename } from './download.ts';
import { embedCode, viewAttributes } from './embed-code.ts';
import type { ExportFormat } from './export-event.ts';
import { exportMessagesFor, type ExportMessages } from './export-messages.ts';
import { exportStyles } from './export-styles.ts';
import { addStyles } from '../added-styles.ts';

/** What the element gives the menu, read when it is needed. */
export interface ExportSource {
  readonly locale: Locale;
  readonly dataset: TwinningDataset | null;
  readonly shared?: SharedState;
  readonly table: () => TableModel;
  readonly label: () => string;
  readonly summary: () => string;
  /** Editors' notes as callouts relative to the exported chart SVG, and as lines under the summary. */
  readonly notes?: (chart: Element) => readonly ExportedNote[];
}

const SHARED_KEYS = ['status', 'type', 'since', 'until', 'categories', 'selected'] as const;

/** The largest top-level SVG in the chart area: the marks, not a legend swatch or an overview strip. */
export function chartSvg(root: ParentNode): SVGSVGElement | null {
  const area = (s: SVGSVGElement) => {
    const box = s.getBoundingClientRect();
    return box.width * box.height;
  };
  const candidates = [...root.querySelectorAll<SVGSVGElement>('.chart svg')].filter((s) => !s.parentElement?.closest('svg') && !s.closest('[data-annotation-layer]'));
  return candidates.sort((a, b) => area(b) - area(a))[0] ?? null;
}

export class ExportMenu implements ReactiveController {
  private open = false;
  private panel: 'cite' | 'embed' | null = null;
  private status = '';
  private embed = '';

  constructor(
    private readonly host: LitElement,
    private readonly source: () => ExportSource,
  ) {
    host.addController(this);
    addStyles(host.renderRoot, exportStyles);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  /** The toggle, the live status line and, when open, the menu. */
  render(): TemplateResult {
    const m = exportMessagesFor(this.source().locale);
    return html`<button type="button" class="export-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-menu"
        @click=${this.toggle} @keydown=${this.onKeydown}>${m.menu}</button>
      <p class="export-status" role="status">${this.status}</p>
      ${this.open ? this.renderMenu(m) : nothing}`;
  }

  private renderMenu(m: ExportMessages): TemplateResult {
    const drawable = !!chartSvg(this.host.renderRoot);
    const item = (label: string, action: () => void, pressed?: boolean) =>
      html`<li><button type="button" aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'} @click=${action}>${label}</button></li>`;
    return html`<div id="export-menu" class="export-menu" role="group" aria-label=${m.menuLabel} @keydown=${this.onKeydown}>
      <ul>
        ${drawable ? item(m.png, () => this.exportFile('png')) : nothing}
        ${drawable ? item(m.svg, () => this.exportFile('svg')) : nothing}
        ${item(m.csv, () => this.exportFile('csv'))}
        ${item(m.embed, this.copyEmbed)}
        ${item(m.cite, () => this.show(this.panel === 'cite' ? null : 'cite'), this.panel === 'cite')}
      </ul>
      ${this.panel === 'cite' ? this.renderCitation(m) : nothing}
      ${this.panel === 'embed' ? html`<div class="export-panel"><label for="export-embed" class="export-title">${m.embedLabel}</label>
        <textarea id="export-embed" readonly .value=${this.embed}></textarea></div>` : nothing}
    </div>`;
  }

  private renderCitation(m: ExportMessages): TemplateResult | typeof nothing {
    const { dataset, locale } = this.source();
    if (!dataset) return nothing;
    const c = citationOf(dataset, locale, m);
    return html`<section class="export-panel" aria-label=${m.citationTitle}>
      <dl>
        <dt>${m.dataset}</dt><dd lang=${c.titleLang !== locale && c.titleLang !== 'und' ? c.titleLang : nothing}>${c.title}</dd>
        ${c.updated ? html`<dt>${m.updated}</dt><dd>${c.updated}</dd>` : nothing}
        ${c.license ? html`<dt>${m.license}</dt><dd>${c.license}</dd>` : nothing}
      </dl>
      <p><span class="export-title">${m.suggested}:</span> <span class="export-citation">${c.text}</span></p>
      ${c.sources.length ? html`<p class="export-title">${m.sources}</p>
        <ul class="export-sources">${c.sources.map((s) => html`<li lang=${s.lang !== locale && s.lang !== 'und' ? s.lang : nothing}>${s.url
          ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>` : s.title}</li>`)}</ul>` : nothing}
    </section>`;
  }

  private toggle = (): void => {
    this.open = !this.open;
    if (!this.open) this.panel = null;
    this.host.requestUpdate();
  };

  private show(panel: 'cite' | 'embed' | null): void {
    this.panel = panel;
    this.host.requestUpdate();
  }

  private async close(): Promise<void> {
    this.open = false;
    this.panel = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLButtonElement>('.export-toggle')?.focus();
  }

  private onOutside = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this.host)) {
      this.open = false;
      this.panel = null;
      this.host.requestUpdate();
    }
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      void this.close();
      return;
    }
    const items = [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.export-menu li > button')];
    if (!items.length || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const index = items.indexOf(event.composedPath()[0] as HTMLButtonElement);
    const last = items.length - 1;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? last
      : event.key === 'ArrowDown' ? (index < 0 ? 0 : Math.min(last, index + 1)) : Math.max(0, index - 1);
    event.preventDefault();
    items[next]!.focus();
  };

  private async exportFile(format: ExportFormat): Promise<void> {
    const source = this.source();
    const m = exportMessagesFor(source.locale);
    try {
      // The writers load on first use: most readers never export, so they don't pay for them.
      const blob = format === 'csv' ? (await import('./csv.ts')).csvBlob(source.table()) : await this.image(format, source);
      const filename = exportFilename(this.host.localName, format);
      this.status = deliverExport(this.host, format, blob, filename) ? m.downloaded(filename) : '';
    } catch (error) {
      console.error(`<${this.host.localName}> export failed`, error);
      this.status = m.exportFailed;
    }
    this.host.requestUpdate();
  }

  private async image(format: 'png' | 'svg', source: ExportSource): Promise<Blob> {
    const chart = chartSvg(this.host.renderRoot);
    if (!chart) throw new Error('no chart SVG to export');
    const [{ serializeChartSvg }, { svgToPng }] = await Promise.all([import('./serialize-svg.ts'), import('./rasterize.ts')]);
    const image = serializeChartSvg({
      chart, host: this.host, title: source.label(), summary: source.summary(), lang: source.locale,
      legend: this.host.renderRoot.querySelector('[part~="legend"]'), notes: source.notes?.(chart),
    });
    if (format === 'png') return svgToPng(image, 2);
    return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', image.markup], { type: 'image/svg+xml;charset=utf-8' });
  }

  private copyEmbed = async (): Promise<void> => {
    const source = this.source();
    const m = exportMessagesFor(source.locale);
    const declared = (this.host.constructor as typeof LitElement).elementProperties;
    const fallback: Record<string, string | number | undefined> = { lang: source.locale };
    for (const key of SHARED_KEYS) fallback[key] = source.shared?.[key];
    const values = this.host as unknown as { data?: unknown; src?: string };
    this.embed = embedCode({
      tag: this.host.localName,
      attributes: viewAttributes(this.host, declared, fallback),
      ...(values.data != null && !values.src ? { comment: m.dataComment } : {}),
    });
    try {
      await navigator.clipboard.writeText(this.embed);
      this.status = m.copied;
      if (this.panel === 'embed') this.panel = null;
    } catch {
      this.status = m.copyFailed;
      this.panel = 'embed';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#export-embed');
    area?.focus();
    area?.select();
  };
}
