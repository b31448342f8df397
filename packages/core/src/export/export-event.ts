/**
 * `twinning-export`: fired before a file made by the export menu is downloaded. It bubbles, is
 * composed and cancelable: a host that calls `preventDefault()` takes the blob and stops the
 * download (to upload it, attach it to a form, or test it).
 */

/** The formats the export menu writes. */
export const EXPORT_FORMATS = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file is about to be downloaded; cancel it to handle `blob` yourself. */
export class TwinningExportEvent extends Event {
  static readonly eventName = 'twinning-export';
  constructor(
    readonly format: ExportFormat,
    readonly blob: Blob,
    readonly filename: string,
  ) {
    super(TwinningExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'twinning-export': TwinningExportEvent;
  }
}
