import { describeFilters, formatNumber, RovingFocusController, TwinningElement, type DatasetView, type RovingKey, type SkippedRecords, type TableModel } from '@twinning/core';
import { loadCountries, type Countries } from '@twinning/pairing-map/basemap';
import type { LayoutPlace } from '@twinning/pairing-map/layout';
import { html, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { locatorScene, type LocatorScene } from './locator.ts';
import { partnersModel, type PartnersModel } from './partners-model.ts';
import { partnersTable } from './partners-table.ts';
import { renderPartnerCard } from './render/partner-card.ts';
import { partnersMessages, type PartnersMessages } from './twinning-partners.messages.ts';
import { partnersStyles } from './twinning-partners.styles.ts';

/** Values of the `locator` attribute: a small map on every card, or none. */
export const LOCATOR_MODES = ['card', 'none'] as const;
export type LocatorMode = (typeof LOCATOR_MODES)[number];

/**
 * @summary A municipality's sister-city page: for one `place`, a card per partner ordered by
 * signing date, with both names, type and status, since when, the coming round anniversary, the
 * latest activities, sources, contact and a small locator map.
 *
 * @fires twinning-select - Inherited: a card was activated (click, Enter or Space): `{ twinning }`; Escape clears.
 * @fires twinning-error - Inherited: the data could not be loaded or validated.
 *
 * @csspart base - The wrapper. @csspart summary - The generated summary sentence.
 * @csspart list - The list of cards. @csspart card - One partner's card (`card card--selected` when its agreement is selected); carries `data-twinning`, `data-place`.
 * @csspart name - The card's heading: the partner's name in the reader's language. @csspart own-name - The name in the partner's own language and script.
 * @csspart facts - Type and status. @csspart since - "since 1965 · 60 years" and the signing date.
 * @csspart anniversary - The round anniversary to come. @csspart activities - The latest activities. @csspart activity - One activity.
 * @csspart sources - The sources. @csspart contact - The contact or association link. @csspart locator - The small map.
 * @csspart table - The data table. @csspart notice - Partners that could not be shown. @csspart empty - Nothing to show, and why.
 * @csspart error - Loading failed. @csspart actions - The data-table button.
 *
 * @cssprop --twinning-partners-card-background - Background of a card.
 * @cssprop --twinning-partners-anniversary-background - Background of the anniversary line (default #fff4d6).
 * @cssprop --twinning-partners-anniversary-color - Text of the anniversary line (default #5c3c00).
 * @cssprop --twinning-partners-active-color - Colour of the "active" status mark (default #2f9e55).
 * @cssprop --twinning-partners-home-color - The home place's dot on the locators (default #c53030).
 * @cssprop --twinning-partners-locator-width - Width of a card's locator (default 8.5em).
 * @cssprop --twinning-partners-locator-land - Land on the locators (default: the map's land, a shade darker).
 */
export class TwinningPartners extends TwinningElement {
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    now: { reflect: true },
    activities: { type: Number, reflect: true },
    locator: { reflect: true },
  };

  static override styles = [...TwinningElement.styles, partnersStyles];

  /** The day ages and anniversaries are counted to (ISO date, e.g. `2026-06-01`); default: today. */
  now?: string;
  /** How many of the latest activities each card lists (default 3; 0 lists none). */
  activities = 3;
  /** `card` (default): a small locator map on every card; `none`: no maps. */
  locator: string = 'card';

  /** The cards in view; null until data is ready. */
  protected model: PartnersModel | null = null;
  private m: PartnersMessages = partnersMessages('en');
  private modelInputs: readonly unknown[] = [];
  private land: Countries | null = null;
  private landRequested = false;
  private locators = new Map<string, LocatorScene | null>();
  /** The dataset the locators were drawn for: another one gives other places. */
  private locatorsFor: unknown = null;
  private readonly roving = new RovingFocusController(this, {
    root: () => this.renderRoot.querySelector('[part~="list"]'),
    markOf: (key) => `[part~="card"][data-key="${CSS.escape(key)}"]`,
    keys: () => this.model?.cards.map((c) => c.key) ?? [],
    next: (current, key) => this.gridStep(current, key),
    onActivate: (key) => this.activate(key),
    onEscape: () => this.selectedId && this.select(null),
    // The current card's links join the tab order; the others' leave it (one tab stop for the list).
    onMove: () => this.requestUpdate(),
  });

  /** The `locator` mode in force (an invalid value warns and gives `card`). */
  get resolvedLocator(): LocatorMode {
    if ((LOCATOR_MODES as readonly string[]).includes(this.locator)) return this.locator as LocatorMode;
    this.warn('invalid-attribute', `invalid locator: "${this.locator}"; expected one of ${LOCATOR_MODES.join(', ')}`);
    return 'card';
  }

  /** The day ages are counted to: `now` when it is a valid date, else today. */
  get nowDate(): Date {
    if (this.now) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(this.now) ? new Date(`${this.now}T00:00:00Z`) : new Date(this.now);
      if (!Number.isNaN(date.getTime())) return date;
      this.warn('invalid-attribute', `invalid now: "${this.now}"; expected an ISO date such as 2026-06-01`);
    }
    return new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.m = partnersMessages(this.locale);
    if (this.state !== 'ready' || !this.loaded || !this.view || !this.framedPlace) return void (this.model = null);
    const now = this.nowDate;
    const inputs = [this.view, this.framedPlace, this.locale, this.activities, now.toISOString().slice(0, 10)] as const;
    if (!this.model || inputs.some((value, i) => value !== this.modelInputs[i])) {
      this.modelInputs = inputs;
      this.model = partnersModel(this.loaded, this.view, this.framedPlace, { now, locale: this.locale, activities: this.activities });
    }
    if (this.resolvedLocator === 'card') this.updateLocators();
  }

  /** Locators depend on the places and the outlines only: computed once per card, kept across languages. */
  private updateLocators(): void {
    if (!this.landRequested) {
      this.landRequested = true;
      loadCountries('110m').then(
        (countries) => { this.land = countries; this.locators.clear(); this.requestUpdate(); },
        // Without outlines a locator still shows the globe, both places and the link between them.
        () => undefined,
      );
    }
    if (this.locatorsFor !== this.loaded) {
      this.locatorsFor = this.loaded;
      this.locators.clear();
    }
    const places = this.view!.resolved.placeById;
    const home = places.get(this.framedPlace!);
    for (const card of this.model!.cards) {
      const cacheKey = `${this.framedPlace}|${card.key}`;
      if (this.locators.has(cacheKey)) continue;
      const partner = places.get(card.partner.id);
      this.locators.set(cacheKey, home && partner ? this.safeLocator(home, partner, card.twinning) : null);
    }
  }

  /** A locator, or null (the card then says it has no map) if its geometry fails: one map never breaks the page. */
  private safeLocator(home: LayoutPlace, partner: LayoutPlace, twinning: string): LocatorScene | null {
    try {
      return locatorScene(home, partner, twinning, this.land);
    } catch (error) {
      console.error(`<${this.localName}> could not draw the locator of ${twinning}`, error);
      return null;
    }
  }

  // ---- hooks --------------------------------------------------------------------------------

  private get homeName(): string {
    return this.model?.homeName?.text ?? this.framedPlace ?? '';
  }

  protected override chartLabel(): string {
    return this.m.chartLabel(this.homeName);
  }

  protected override summaryText(): string {
    const model = this.model;
    if (!model || model.cards.length === 0) return this.emptyText() ?? '';
    const n = model.cards.length;
    const countries = model.countries.length;
    const first = model.firstYear == null ? null : new Intl.NumberFormat(this.locale, { useGrouping: false }).format(model.firstYear);
    const parts = [this.m.summary(this.homeName, n, formatNumber(n, this.locale), countries, formatNumber(countries, this.locale), first)];
    const next = model.nextAnniversary;
    if (next?.anniversary) parts.push(this.m.summaryAnniversary(next.anniversary.text, next.partner.name.text));
    return parts.join(this.locale === 'ja' ? '' : ' ');
  }

  protected override isEmpty(view: DatasetView): boolean {
    return !this.framedPlace || !view.resolved.placeById.has(this.framedPlace) || view.twinnings.length === 0;
  }

  protected override emptyText(): string | null {
    if (!this.framedPlace) return this.m.noPlace;
    if (this.loaded && !this.loaded.places.some((p) => p.id === this.framedPlace)) {
      this.warn('invalid-attribute', `invalid place: "${this.framedPlace}" is not a place of the dataset`);
      return this.m.unknownPlace(this.framedPlace);
    }
    const { place: _place, ...others } = this.filters;
    if (Object.keys(others).length) return this.messages.emptyFilters(describeFilters(others, this.messages.filterNames));
    const home = this.loaded?.places.find((p) => p.id === this.framedPlace);
    return this.m.noPartners(home ? this.model?.homeName?.text ?? this.framedPlace : this.framedPlace);
  }

  protected override chartMinHeight(): number {
    return 240;
  }

  protected override skippedRecords(): SkippedRecords | null {
    const model = this.model;
    if (!model || model.skipped.length === 0) return null;
    const total = model.cards.length + model.skipped.length;
    return {
      count: model.skipped.length, total, noun: this.m.partnersNoun(total),
      details: model.skipped.map((s) => this.m.unknownPartner(s.partner, s.twinning)),
    };
  }

  protected override tableModel(): TableModel {
    return partnersTable(this.model!, this.m, this.homeName, this.locale);
  }

  protected override renderChart(): TemplateResult {
    const model = this.model!;
    if (model.cards.length === 0) return html`<p part="empty">${this.emptyText()}</p>`;
    const current = this.roving.current;
    const selected = this.selectedId;
    const locators = this.resolvedLocator === 'card';
    return html`<ul part="list" role="list" @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @click=${this.onClick}>
      ${model.cards.map((card, i) => renderPartnerCard(card, {
        locale: this.locale, m: this.m, dataset: this.loaded!, homeName: this.homeName,
        current: card.key === current, selected: card.twinning === selected,
        locator: locators ? this.locators.get(`${this.framedPlace}|${card.key}`) ?? null : undefined,
        idPrefix: `card-${i}`, listActivities: this.activities > 0, now: this.nowDate,
      }))}
    </ul>`;
  }

  // ---- interaction --------------------------------------------------------------------------

  private cardOf(event: Event): HTMLElement | null {
    const target = event.composedPath()[0];
    return target instanceof Element ? target.closest<HTMLElement>('[part~="card"]') : null;
  }

  private activate(key: string): void {
    const card = this.model?.cards.find((c) => c.key === key);
    if (card) this.select(card.twinning);
  }

  /** Keys on a card move between cards and select; on a link inside a card, only Escape (back to the card) is ours. */
  private onKeydown = (event: KeyboardEvent) => {
    const card = this.cardOf(event);
    if (!card) return;
    if (event.composedPath()[0] !== card) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        card.focus();
      }
      return;
    }
    this.roving.onKeydown(event);
  };

  private onFocusIn = (event: FocusEvent) => {
    const card = this.cardOf(event);
    if (card?.dataset['key']) this.roving.focused(card.dataset['key']);
  };

  private onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest('a')) return;
    const card = this.cardOf(event);
    if (card?.dataset['key']) this.activate(card.dataset['key']);
  };

  /** Left and right step through the cards; up and down move a whole row of the grid (one card in the list). */
  private gridStep(current: string, key: RovingKey): string | null {
    const keys = this.model?.cards.map((c) => c.key) ?? [];
    const at = keys.indexOf(current);
    const list = this.renderRoot.querySelector('[part~="list"]');
    const columns = list ? Math.max(1, getComputedStyle(list).gridTemplateColumns.split(' ').filter(Boolean).length) : 1;
    const step = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : key === 'ArrowUp' ? -columns : columns;
    return keys[at + step] ?? null;
  }
}
