/**
 * Delivers an exported file: fires `twinning-export` on the element and, unless a listener
 * cancels it, saves the blob through a temporary `<a download>`.
 */
import { TwinningExportEvent, type ExportFormat } from './export-event.ts';

/** `twinning-map-2026-11-28.png`: the tag, the local date, the format. */
export function exportFilename(tag: string, format: ExportFormat, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tag}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${format}`;
}

/** Saves `blob` as `filename` through a temporary link (the link never enters the page). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Fires `twinning-export` from `target`; downloads unless a listener called `preventDefault()`. Returns whether it downloaded. */
export function deliverExport(target: EventTarget, format: ExportFormat, blob: Blob, filename: string, save = saveBlob): boolean {
  const proceed = target.dispatchEvent(new TwinningExportEvent(format, blob, filename));
  if (proceed) save(blob, filename);
  return proceed;
}
