/**
 * Test helpers for pages that use only the built files: a bare iframe page (srcdoc) that
 * records its own errors from the first script on, and a poll for what an element has drawn.
 */
import { waitUntil } from '@open-wc/testing';

/** A bare page in an iframe, with the errors it reported. */
export interface BarePage {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly errors: readonly string[];
}

type ErrorLog = Window & { twinningTestErrors?: string[] };

/** Opens `body` in an iframe whose head holds only an error recorder and `scripts` as module scripts. */
export async function barePage(scripts: readonly string[], body: string, width = 1000): Promise<BarePage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '2000';
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  const recorder = '<script>window.twinningTestErrors=[];addEventListener("error",function(e){twinningTestErrors.push(String(e.message))});</script>';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${recorder}${tags}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ErrorLog;
  return { frame, doc: frame.contentDocument!, errors: win.twinningTestErrors ?? [] };
}

/** Waits until `element` has drawn marks matching `selector` (or shows its error part) and returns the marks. */
export async function drawn(element: Element, selector: string): Promise<Element[]> {
  const marks = () => [...(element.shadowRoot?.querySelectorAll(selector) ?? [])];
  await waitUntil(() => marks().length > 0 || element.shadowRoot?.querySelector('[part="error"]'), `${element.localName} drew no ${selector}`, { timeout: 15000 });
  const error = element.shadowRoot!.querySelector('[part="error"]');
  if (error) throw new Error(`${element.localName} shows an error: ${error.textContent}`);
  return marks();
}
