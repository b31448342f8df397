/** Public names of @twinning/core, the shared element layer. */
export { TwinningElement, type ElementState, type SkippedRecords } from './twinning-element.ts';
export { DatasetController, type DatasetSource, type DatasetStatus, type DatasetControllerOptions } from './controllers/dataset-controller.ts';
export { TooltipController, type TooltipAnchor, type TooltipOptions } from './controllers/tooltip-controller.ts';
export { RovingFocusController, ROVING_KEYS, type RovingKey, type RovingFocusOptions } from './controllers/roving-focus-controller.ts';
export { HighlightController, type HighlightOptions } from './controllers/highlight-controller.ts';
export { CategoryToggleController, type CategoryToggleHost, type CategoryToggleOptions } from './controllers/category-toggle-controller.ts';
export { parseList, formatListAttribute, toggleInList, commaListConverter } from './controllers/list-attribute.ts';
export { TwinningSelectEvent, TwinningErrorEvent, TwinningRangeChangeEvent, TwinningCategoryToggleEvent } from './events.ts';
export {
  resolved, resolveDataset, parseSpan, activitySpan,
  type ResolvedDataset, type DateSpan, type DateLookup, type TwinningDates,
} from './resolved-dataset.ts';
export { applyFilters, readFilters, describeFilters, type DatasetView, type Filters, type FilterAttributes } from './filters.ts';
export { renderDataTable, sortRows, type TableModel, type TableColumn, type TableRow, type TableCell, type TableSort } from './data-table.ts';
export { LOCALES, toLocale, inheritedLang, type Locale } from './locale.ts';
export { messagesFor, type Messages } from './messages.ts';
export { MessageCatalog, localeLoading } from './message-catalog.ts';
export { formatNumber, formatPercent, formatList } from './format.ts';
export { placeName, regionName, countryName, needsLang } from './names.ts';
export { dataText, dataTextLang, renderDataText, renderDataTextMarker, dataTextString, type DataText } from './data-text.ts';
export { summarizeAgreements, agreementSummaryText, type AgreementSummary } from './summary.ts';
export { loadBundled, loadUrl, loadObject, loadValidator, validatorLoading, dataValidating, LOAD_TIMEOUT_SECONDS, type LoadResult, type BundledPart } from './load-dataset.ts';
export { ResizeController } from './resize-controller.ts';
export { twinningContext, type SharedState } from './context.ts';
export { baseStyles } from './base-styles.ts';
export { WARNING_CODES, type WarningCode } from './warnings.ts';
export { defineElement } from './define.ts';
export { lazyModule, type LazyModule } from './lazy-module.ts';
export { addStyles } from './added-styles.ts';
export { TwinningExportEvent, EXPORT_FORMATS, type ExportFormat } from './export/export-event.ts';
export { tableToCsv, csvField, CSV_BOM } from './export/csv.ts';
export { embedCode, CDN_SCRIPT } from './export/embed-code.ts';
export { citationOf, type Citation, type CitedSource } from './export/citation.ts';
export { styleProps, type StyleProps } from './style-props.ts';
export { shortAnnouncement, MAX_ANNOUNCEMENT_LENGTH } from './live-text.ts';
export { categorySlug, categoryColorVar } from './category-color.ts';
export { countryNameIn, regionNameIn, type AreaName, type AreaNameBook, type AreaNameSource } from './place-names.ts';
export { partnerCards, type CardActivity, type CardPartner, type CardSource, type PartnerCard, type PartnerCardOptions, type PartnerCards } from './partners/partner-cards.ts';
// Types only: the notes' code is a lazy chunk (see twinning-element.ts); a value export here would
// put it in every element's bundle. Tools import the pure functions from their modules.
export type { ViewAnnotation, AnnotationTargetKind } from './annotations/annotations-in-view.ts';
export type { Box, Point, CalloutRequest, PlacedCallout, PlacementOptions, CalloutLayout } from './annotations/callout-placement.ts';
export type { AnnotationController, AnnotationControllerOptions, ExportedNote } from './annotations/annotation-controller.ts';
export { reportHeight } from './frame/report-height.ts';
export { HEIGHT_REQUEST, readViewportMessage, type HeightMessage, type ViewportMessage, type ScrollMessage } from './frame/frame-messages.ts';
