/** Public names of @twinning/core, the shared element layer. */
export { TwinningElement, type ElementState, type SkippedRecords, type TooltipModel } from './twinning-element.ts';
export { TwinningSelectEvent, TwinningErrorEvent, TwinningRangeChangeEvent, TwinningCategoryToggleEvent } from './events.ts';
export { applyFilters, readFilters, describeFilters, type DatasetView, type Filters, type FilterAttributes } from './filters.ts';
export { renderDataTable, sortRows, type TableModel, type TableColumn, type TableRow, type TableCell, type TableSort } from './data-table.ts';
export { LOCALES, toLocale, inheritedLang, type Locale } from './locale.ts';
export { messagesFor, type Messages } from './messages.ts';
export { formatNumber, formatPercent, formatList } from './format.ts';
export { placeName, regionName, countryName, needsLang } from './names.ts';
export { summarizeAgreements, agreementSummaryText, type AgreementSummary } from './summary.ts';
export { loadBundled, loadUrl, loadObject, LOAD_TIMEOUT_SECONDS, type LoadResult } from './load-dataset.ts';
export { ResizeController } from './resize-controller.ts';
export { twinningContext, type SharedState } from './context.ts';
export { baseStyles } from './base-styles.ts';
export { WARNING_CODES, type WarningCode } from './warnings.ts';
export { defineElement } from './define.ts';
