/**
 * `<twinning-embed-builder>`: a form where an editor who doesn't code picks a view, the data, a
 * focus, a language, a theme, a size and the options, sees a live preview, and copies the
 * script-tag or iframe code for exactly that view. Every control is a native form control with
 * a label, so it works by keyboard and with a screen reader; the layout stacks below 720 px.
 */
import '@twinning/activity-chart';
import '@twinning/pairing-map';
import '@twinning/timeline';
import '@twinning/partners';
import '../../packages/provider/src/index.ts';
import type { LoadResult } from '@twinning/core';
import { DEFAULT_CATEGORIES, TWINNING_STATUSES, TWINNING_TYPES } from '@twinning/schema';
import { html, LitElement, nothing, render, type TemplateResult } from 'lit';
import { loadChoice, placeOptions, problemLocation, readUpload, twinningOptions, type FocusOption } from './builder-data.ts';
import { DEFAULT_STATE, iframeCode, iframeQuery, scriptCode, VIEWS, viewTags, type BuilderState, type TagSpec, type View } from './builder-state.ts';
import { builderStyles } from './twinning-embed-builder.styles.ts';

const VIEW_LABELS: Record<View, string> = { map: 'Map', timeline: 'Timeline', chart: 'Activity chart', dashboard: 'Dashboard (all three, linked)', partners: 'Partners of one place' };

/**
 * @summary The embed builder: choose a view and its options, preview it, copy the code.
 */
export class TwinningEmbedBuilder extends LitElement {
  static override styles = builderStyles;
  // No decorators: this file lies outside the tsconfig that turns on experimentalDecorators, and
  // reactive state is declared (not initialised as class fields) so it works with either setting.
  static override properties = {
    choices: { state: true },
    result: { state: true },
    loadingData: { state: true },
    copied: { state: true },
  };

  /** The editor's choices. */
  declare choices: BuilderState;
  declare private result: LoadResult | null;
  declare private loadingData: boolean;
  declare private copied: string;
  declare private uploaded: unknown;
  declare private loadToken: number;

  constructor() {
    super();
    this.choices = { ...DEFAULT_STATE };
    this.result = null;
    this.loadingData = false;
    this.copied = '';
    this.uploaded = undefined;
    this.loadToken = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  /** Applies a change to the choices. */
  set(patch: Partial<BuilderState>): void {
    this.choices = { ...this.choices, ...patch };
  }

  private async reload(): Promise<void> {
    const { dataKind, url } = this.choices;
    if (dataKind === 'file') return;
    if (dataKind === 'url' && !url.trim()) return void (this.result = null);
    const token = ++this.loadToken;
    this.loadingData = true;
    const result = await loadChoice(dataKind, url.trim());
    if (token !== this.loadToken) return;
    this.loadingData = false;
    this.result = result;
  }

  private async onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.result = null;
    const result = readUpload(file.name, await file.text());
    this.result = result;
    this.uploaded = result.ok ? result.data : undefined;
    this.set({ url: file.name });
    // A partners sheet is about one place: frame it, so the preview shows that place's partners.
    if (result.home) this.set({ focusKind: 'place', focus: result.home });
    // A new file redraws the preview even when the generated tags are the same.
    const preview = this.renderRoot.querySelector<HTMLElement>('#preview');
    if (preview) preview.dataset.key = '';
  }

  private focusOptions(): FocusOption[] {
    if (!this.result?.ok) return [];
    return this.choices.focusKind === 'place' ? placeOptions(this.result.data) : this.choices.focusKind === 'twinning' ? twinningOptions(this.result.data) : [];
  }

  private async copy(kind: 'script' | 'iframe'): Promise<void> {
    const text = kind === 'script' ? scriptCode(this.choices) : iframeCode(this.choices, this.viewTitle());
    try {
      await navigator.clipboard.writeText(text);
      this.copied = kind === 'script' ? 'Script-tag code copied.' : 'Iframe code copied.';
    } catch {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${kind}-code`);
      box?.select();
      this.copied = 'Copying is blocked here: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  private toPreview(event: Event): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>('#preview-heading');
    heading?.scrollIntoView();
    heading?.focus();
  }

  /** Choosing the partners view focuses one place (Burnaby on the bundled data until the editor picks another). */
  private viewChoice(view: View): Partial<BuilderState> {
    const c = this.choices;
    if (view !== 'partners' || (c.focusKind === 'place' && c.focus)) return { view };
    return { view, focusKind: 'place', focus: c.dataKind === 'bundled' ? 'ca-bc-burnaby' : '' };
  }

  private viewTitle(): string {
    const focus = this.choices.focusKind !== 'none' && this.choices.focus ? `: ${this.choices.focus}` : '';
    return `Twinning ${VIEW_LABELS[this.choices.view].toLowerCase()}${focus}`;
  }

  // ---- render --------------------------------------------------------------------------------

  protected override updated(): void {
    // The preview is drawn by hand so each element is created with exactly the generated attributes.
    const preview = this.renderRoot.querySelector<HTMLElement>('#preview');
    if (!preview) return;
    const key = JSON.stringify([viewTags(this.choices), this.choices.dataKind, this.result?.ok]);
    if (preview.dataset.key === key) return;
    preview.dataset.key = key;
    if (this.choices.dataKind === 'file' && !this.uploaded) {
      const note = document.createElement('p');
      note.textContent = 'Choose a valid file to see the preview.';
      preview.replaceChildren(note);
    } else {
      preview.replaceChildren(...viewTags(this.choices).map((spec) => this.previewElement(spec)));
    }
    preview.style.maxWidth = this.choices.width.trim() && this.choices.width.trim() !== '100%' ? this.choices.width.trim() : '';
  }

  private previewElement(spec: TagSpec): HTMLElement {
    const el = document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) el.setAttribute(name, value);
    // An uploaded file has no address yet: the preview gets its content directly.
    if (this.choices.dataKind === 'file' && this.uploaded && (spec.tag === 'twinning-data' || this.choices.view !== 'dashboard')) {
      el.removeAttribute('src');
      (el as HTMLElement & { data?: unknown }).data = this.uploaded;
    }
    el.append(...spec.children.map((child) => this.previewElement(child)));
    return el;
  }

  protected override render(): TemplateResult {
    const c = this.choices;
    return html`<div class="layout">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        <button type="button" class="skip" @click=${this.toPreview}>Go to the preview and the code</button>
        <h2>1. View</h2>
        ${this.select('view', 'What to show', c.view, Object.entries(VIEW_LABELS), (v) => this.set(this.viewChoice(v as View)))}
        <h2>2. Data</h2>
        ${this.renderData()}
        <h2>3. Focus</h2>
        ${this.renderFocus()}
        <h2>4. Look</h2>
        ${this.select('lang', 'Language', c.lang, [['en', 'English'], ['fr', 'Français'], ['ja', '日本語']], (v) => this.set({ lang: v as BuilderState['lang'] }))}
        ${this.select('theme', 'Theme', c.theme, [['light', 'Light (default)'], ['dark', 'Dark'], ['auto', 'Follow the reader (auto)']], (v) => this.set({ theme: v as BuilderState['theme'] }))}
        ${this.text('width', 'Width (e.g. 100% or 720px)', c.width, (v) => this.set({ width: v }))}
        ${this.text('height', 'Iframe height in pixels', String(c.height), (v) => this.set({ height: Math.max(200, Number(v) || DEFAULT_STATE.height) }), 'number')}
        <h2>5. Options</h2>
        ${this.renderChoicesOfOptions()}
      </form>
      <section class="output" aria-labelledby="preview-heading">
        <h2 id="preview-heading" tabindex="-1">Preview</h2>
        <div id="preview" class="preview"></div>
        <h2>Code</h2>
        ${this.renderCode('script', 'Script-tag code (paste into the HTML of an article)', scriptCode(c), 'Copy script-tag code')}
        ${this.text('embed-page', 'Address of embed.html on your site (for the iframe)', c.embedPage, (v) => this.set({ embedPage: v }))}
        ${this.renderCode('iframe', 'Iframe code (for sites that remove scripts)', iframeCode(c, this.viewTitle()), 'Copy iframe code')}
        ${this.renderDropped()}
        <p class="status" role="status">${this.copied}</p>
      </section>
    </div>`;
  }

  private renderData(): TemplateResult {
    const c = this.choices;
    const r = this.result;
    return html`
      <fieldset><legend>Data</legend>
        ${(['bundled', 'url', 'file'] as const).map((kind) => html`<label class="inline"><input type="radio" name="data" value=${kind}
          .checked=${c.dataKind === kind} @change=${() => { this.set({ dataKind: kind, url: kind === 'bundled' ? '' : c.url }); void this.reload(); }}>
          ${{ bundled: 'Japan–Canada (bundled)', url: 'A URL', file: 'Upload a file' }[kind]}</label>`)}
      </fieldset>
      ${c.dataKind === 'url' ? this.text('url', 'Dataset URL (JSON, twinnings CSV or partners CSV)', c.url, (v) => this.set({ url: v }), 'url', () => void this.reload()) : nothing}
      ${c.dataKind === 'file' ? html`<label for="file">JSON dataset, twinnings CSV or partners CSV</label>
        <input id="file" type="file" accept=".json,.csv,application/json,text/csv" @change=${this.onFile}>
        <p class="hint">The preview uses the file directly. For the code, put the file on your site:
        its address goes in <code>src</code> (change it below if needed).</p>
        ${this.text('url', 'Address the file will have', c.url, (v) => this.set({ url: v }))}` : nothing}
      ${this.loadingData ? html`<p role="status">Checking the data…</p>` : nothing}
      ${r ? html`<div class=${r.ok ? 'check ok' : 'check bad'} role=${r.ok ? 'status' : 'alert'}>
        <p>${r.ok ? `Valid: ${r.data.twinnings.length} agreements, ${r.data.places.length} places, ${r.data.activities?.length ?? 0} activities.` : 'This data can\'t be used:'}
          ${r.ok && r.problems.length ? ` ${r.problems.length} warning${r.problems.length === 1 ? '' : 's'} to check (the data is still drawn).` : ''}</p>
        ${r.problems.length ? this.renderProblems(r) : nothing}
      </div>` : nothing}`;
  }

  /** The problems with their locations; warnings of usable data start folded away. */
  private renderProblems(r: LoadResult): TemplateResult {
    const list = html`<div class="problems" tabindex="0" role="region" aria-label="Problems found"><ul>${r.problems.slice(0, 50).map((p) => html`<li>
      <strong>${p.severity}</strong> <code>${p.code}</code> (${problemLocation(p)}): ${p.message}</li>`)}</ul></div>`;
    return r.ok ? html`<details><summary>Show the warnings</summary>${list}</details>` : list;
  }

  private renderFocus(): TemplateResult {
    const c = this.choices;
    const options = this.focusOptions();
    return html`
      ${this.select('focus-kind', 'Show', c.focusKind, [['none', 'Everything'], ['twinning', 'One agreement'], ['place', 'One place and its partners']],
        (v) => this.set({ focusKind: v as BuilderState['focusKind'], focus: '' }))}
      ${c.focusKind === 'none' ? nothing : html`
        <label for="focus">${c.focusKind === 'place' ? 'Place' : 'Agreement'} (type to search; the id goes in the code)</label>
        <input id="focus" list="focus-options" autocomplete="off" .value=${c.focus}
          @change=${(e: Event) => this.set({ focus: this.idOf((e.target as HTMLInputElement).value, options) })}>
        <datalist id="focus-options">${options.map((o) => html`<option value=${o.id}>${o.label}</option>`)}</datalist>`}`;
  }

  /** Accepts either an id or a label the editor typed in full. */
  private idOf(value: string, options: readonly FocusOption[]): string {
    const v = value.trim();
    return options.find((o) => o.id === v || o.label === v)?.id ?? v;
  }

  private renderChoicesOfOptions(): TemplateResult {
    const c = this.choices;
    const categories = DEFAULT_CATEGORIES as readonly string[];
    return html`
      ${this.checkboxes('status', 'Status', TWINNING_STATUSES, c.status, (v) => this.set({ status: v }))}
      ${this.checkboxes('type', 'Agreement type', TWINNING_TYPES, c.type, (v) => this.set({ type: v }))}
      <div class="pair">
        ${this.text('since', 'Since (year)', c.since, (v) => this.set({ since: v }), 'number')}
        ${this.text('until', 'Until (year)', c.until, (v) => this.set({ until: v }), 'number')}
      </div>
      ${this.checkboxes('categories', 'Activity categories', categories, c.categories, (v) => this.set({ categories: v }))}
      ${c.view === 'map' || c.view === 'dashboard' ? html`
        ${this.select('layout', 'Map layout', c.layout, [['', 'Automatic'], ['split', 'One panel per country'], ['globe', 'Globe'], ['world', 'World, centred on the place (with a place)']], (v) => this.set({ layout: v }))}
        ${this.select('color-by', 'Map: colour links by', c.colorBy, [['', 'Type (default)'], ['status', 'Status'], ['decade', 'Decade signed']], (v) => this.set({ colorBy: v }))}` : nothing}
      ${c.view === 'timeline' || c.view === 'dashboard' ? this.select('group-by', 'Timeline: group lanes by', c.groupBy,
        [['', 'Region (default)'], ['type', 'Type'], ['status', 'Status'], ['none', 'No grouping']], (v) => this.set({ groupBy: v })) : nothing}
      ${c.view === 'chart' || c.view === 'dashboard' ? html`
        ${this.select('mode', 'Chart mode', c.mode, [['', 'Share (default)'], ['by-decade', 'By decade'], ['by-region', 'By region'], ['compare', 'Compared with CLAIR']], (v) => this.set({ mode: v }))}
        ${this.select('count', 'Chart: count', c.count, [['', 'Activities (default)'], ['tags', 'Tags']], (v) => this.set({ count: v }))}` : nothing}
      ${c.view === 'partners' ? html`
        ${this.select('activities', 'Partners: latest activities per card', c.activities, [['', '3 (default)'], ['0', 'None'], ['1', '1'], ['5', '5'], ['10', '10']], (v) => this.set({ activities: v }))}
        ${this.select('locator', 'Partners: small map on each card', c.locator, [['', 'Yes (default)'], ['none', 'No']], (v) => this.set({ locator: v }))}` : nothing}`;
  }

  private renderCode(id: 'script' | 'iframe', label: string, code: string, button: string): TemplateResult {
    return html`<label for="${id}-code">${label}</label>
      <textarea id="${id}-code" readonly rows=${code.split('\n').length + 1} spellcheck="false" .value=${code}></textarea>
      <button type="button" id="copy-${id}" @click=${() => this.copy(id)}>${button}</button>`;
  }

  private renderDropped(): TemplateResult | typeof nothing {
    const { dropped } = iframeQuery(this.choices);
    if (!dropped.length) return nothing;
    return html`<p class="hint">The iframe page does not take ${dropped.map((d, i) => html`${i ? ', ' : ''}<code>${d}</code>`)}; use the
      script-tag code for ${dropped.length === 1 ? 'that option' : 'those options'}.</p>`;
  }

  // ---- controls --------------------------------------------------------------------------------

  private select(id: string, label: string, value: string, options: readonly (readonly [string, string])[], change: (v: string) => void): TemplateResult {
    return html`<label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>`;
  }

  private text(id: string, label: string, value: string, change: (v: string) => void, type = 'text', commit?: () => void): TemplateResult {
    return html`<div class="field"><label for=${id}>${label}</label>
      <input id=${id} type=${type} .value=${value} @input=${(e: Event) => change((e.target as HTMLInputElement).value)}
        @change=${() => commit?.()}></div>`;
  }

  private checkboxes(id: string, legend: string, values: readonly string[], chosen: readonly string[], change: (v: string[]) => void): TemplateResult {
    return html`<fieldset id=${id}><legend>${legend} <span class="hint">(none ticked: all)</span></legend>
      ${values.map((v) => html`<label class="inline"><input type="checkbox" value=${v} .checked=${chosen.includes(v)}
        @change=${(e: Event) => change((e.target as HTMLInputElement).checked ? [...chosen, v] : chosen.filter((x) => x !== v))}>${v}</label>`)}
    </fieldset>`;
  }
}

if (!customElements.get('twinning-embed-builder')) customElements.define('twinning-embed-builder', TwinningEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-embed-builder': TwinningEmbedBuilder;
  }
}

/** Mounts the builder into `target` (for the standalone page and the Storybook page). */
export function mountBuilder(target: HTMLElement): void {
  render(html`<twinning-embed-builder></twinning-embed-builder>`, target);
}

export { VIEWS };
