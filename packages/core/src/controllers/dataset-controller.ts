/**
 * Data loading shared by every element and the provider: from `.data`, a `src` URL, a provider's
 * dataset, or the bundled Japan–Canada dataset. The newest request wins: an earlier load that
 * is still running is aborted and never delivered late. Leaving the page aborts a running load;
 * coming back resumes it. Failures arrive as problems (never exceptions), and the host is told
 * through `onResult` and asked to update.
 *
 * Why not `@lit/task` (issue 13 asks for it "or equal"): measured at 1.0.3, Task is 936 bytes
 * min+gzip on every element's first load, and this controller would still need everything Task
 * leaves out: `.data` and a provider's dataset are delivered synchronously in the same update
 * (Task always runs asynchronously, so every element would render a loading state once and fire
 * its events a frame later), and leaving the page aborts a load that coming back resumes (Task
 * keeps running when its host is removed). What Task would replace, aborting the previous run and
 * never delivering a stale result, is the four lines around `abort` below.
 */
import type { Problem, TwinningDataset } from '@twinning/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type BundledPart, loadBundled, loadObject, loadUrl, type LoadResult } from '../load-dataset.ts';
import type { Messages } from '../messages.ts';

/** Where the data should come from, in priority order; the first one given wins. */
export interface DatasetSource {
  /** A dataset object (validated here). */
  readonly data?: unknown;
  /** A URL (JSON, or a twinnings CSV). */
  readonly src?: string | undefined;
  /** Inside a `<twinning-data>`: true, and its dataset once it has one. */
  readonly linked?: boolean;
  readonly shared?: TwinningDataset | undefined;
  /** Of the bundled dataset, what the host needs (default: all of it; a map needs only the agreements). */
  readonly bundledPart?: BundledPart;
}

/** The controller's state. */
export type DatasetStatus = 'loading' | 'error' | 'ready';

/** Options. */
export interface DatasetControllerOptions {
  /** Messages for load errors, in the host's language. */
  readonly messages: () => Messages;
  /** Seconds a `src` request may take. */
  readonly timeoutSeconds?: () => number;
  /** Called with every delivered result (after the state changed). */
  readonly onResult?: (result: LoadResult) => void;
}

export class DatasetController implements ReactiveController {
  /** Where loading stands. */
  status: DatasetStatus = 'loading';
  /** The validated dataset, or null while loading or after an error. */
  dataset: TwinningDataset | null = null;
  /** Errors and warnings of the last delivered load. */
  problems: readonly Problem[] = [];
  /** The home place of a loaded partners sheet (what `place` defaults to), else null. */
  home: string | null = null;
  private abort?: AbortController;
  private source: DatasetSource = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DatasetControllerOptions,
  ) {
    host.addController(this);
  }

  /** Loads from `source`, aborting any load still running. */
  load(source: DatasetSource): void {
    this.source = source;
    this.abort?.abort();
    const controller = (this.abort = new AbortController());
    if (source.data !== undefined && source.data !== null) return this.deliver(loadObject(source.data));
    if (!source.src && source.shared) return this.deliver({ ok: true, data: source.shared, problems: [] });
    this.status = 'loading';
    this.host.requestUpdate();
    // Inside a provider that is still loading: wait for its dataset, never the bundled one.
    if (!source.src && source.linked) return;
    const pending = source.src
      ? loadUrl(source.src, controller.signal, this.options.messages(), this.options.timeoutSeconds?.())
      : loadBundled(source.bundledPart);
    void pending.then((result) => {
      if (result && !controller.signal.aborted) this.deliver(result);
    });
  }

  private deliver(result: LoadResult): void {
    this.problems = result.problems;
    this.dataset = result.ok ? result.data : null;
    this.home = result.ok ? result.home ?? null : null;
    this.status = result.ok ? 'ready' : 'error';
    this.options.onResult?.(result);
    this.host.requestUpdate();
  }

  /** Replaces the problems shown (e.g. a drawing failure), keeping the dataset. */
  fail(problems: readonly Problem[]): void {
    this.problems = problems;
  }

  hostConnected(): void {
    // Removing the host aborted a load still running; moving or re-adding it resumes it.
    if (this.status === 'loading' && this.abort?.signal.aborted) this.load(this.source);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }
}
