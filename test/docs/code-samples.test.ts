/**
 * Every ```html sample in the docs runs: each is fetched from the Markdown (the test server serves
 * the repository), given the local source in place of the CDN script, rendered into a sandbox, and
 * each Twinning element in it must reach its ready state with no console error. Iframe samples
 * must carry a query that embed.html accepts. Samples fenced as ```html no-run are skipped.
 */
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/index.ts';
import '../../packages/provider/src/index.ts';
import { readEmbedQuery } from '../../packages/elements/src/embed/embed-params.ts';

/** The Markdown files whose samples are run. */
const PAGES = [
  'README.md', 'docs/getting-started.md', 'docs/embedding.md', 'docs/frameworks.md', 'docs/data-guide.md', 'docs/theming.md',
  'docs/accessibility.md', 'docs/warnings.md', 'docs/embed-builder.md', 'docs/components/contract.md',
  'docs/components/twinning-map.md', 'docs/components/twinning-timeline.md', 'docs/components/twinning-activity-chart.md',
  'docs/components/twinning-data.md', 'docs/components/twinning-partners.md',
];

/** Script URLs of the published files: the elements are already registered from source above. */
const ELEMENT_SCRIPTS = /(^https:\/\/cdn\.jsdelivr\.net\/npm\/@twinning\/|\/twinning(-[a-z-]+)?\.js$|embed-resize\.js$)/;

/**
 * Dataset URLs exist on the reader's site, not here: a sample gets the bundled twinnings sheet
 * instead. (The test server turns .json requests into JavaScript modules, so a JSON file can't be
 * fetched as data here; the sheet exercises the same `src` path.)
 */
const localData = (_src: string) => '/data/japan-canada.twinnings.csv';

interface Sample { page: string; index: number; code: string }

function samplesIn(page: string, markdown: string): Sample[] {
  return [...markdown.matchAll(/^```html([^\n]*)\n([\s\S]*?)^```/gm)]
    .filter((m) => !/\bno-run\b/.test(m[1]!))
    .map((m, index) => ({ page, index: index + 1, code: m[2]! }));
}

const pages = await Promise.all(PAGES.map(async (page) => {
  const response = await fetch(`/${page}`);
  return response.ok ? samplesIn(page, await response.text()) : [];
}));
const samples = pages.flat();

async function waitReady(el: Element, ms = 15000): Promise<void> {
  const start = performance.now();
  const root = () => el.shadowRoot;
  while (!root()?.querySelector('[part~="summary"], [part~="empty"], [part~="error"]')) {
    if (performance.now() - start > ms) throw new Error(`<${el.localName}> did not finish loading`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const error = root()!.querySelector('[part~="error"]');
  if (error) throw new Error(`<${el.localName}> shows an error: ${error.textContent?.trim()}`);
}

describe('code samples in the docs', () => {
  it('finds samples to run in the docs', () => {
    expect(samples.length).to.be.greaterThan(10);
  });

  for (const sample of samples) {
    it(`${sample.page} sample ${sample.index} renders its elements ready`, async function () {
      this.timeout(40000);
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); original.apply(console, args); };
      const sandbox = document.createElement('div');
      sandbox.style.width = '800px';
      document.body.append(sandbox);
      try {
        const doc = new DOMParser().parseFromString(sample.code, 'text/html');
        for (const iframe of doc.querySelectorAll('iframe')) {
          const src = iframe.getAttribute('src') ?? '';
          expect(readEmbedQuery(new URL(src, location.href).search).ok, `iframe query of ${src}`).to.equal(true);
          expect(iframe.getAttribute('title'), 'iframe title').to.be.a('string').and.not.empty;
          iframe.remove();
        }
        const scripts = [...doc.querySelectorAll('script')];
        for (const s of scripts) s.remove();
        for (const el of doc.querySelectorAll('[src]')) {
          if (el.localName.startsWith('twinning-')) el.setAttribute('src', localData(el.getAttribute('src')!));
        }
        // A whole-page sample: its <head> styles and its <body> content.
        sandbox.append(...[...doc.head.childNodes, ...doc.body.childNodes].map((n) => document.importNode(n, true)));
        for (const s of scripts) {
          const src = s.getAttribute('src');
          if (src) {
            expect(ELEMENT_SCRIPTS.test(src), `script ${src} is a Twinning file`).to.equal(true);
            continue;
          }
          const run = document.createElement('script');
          run.textContent = s.textContent;
          sandbox.append(run);
        }
        const elements = [...sandbox.querySelectorAll('*')].filter((e) => e.localName.startsWith('twinning-') && e.localName !== 'twinning-data');
        const iframesOnly = doc.querySelectorAll('twinning-data').length === 0 && elements.length === 0;
        if (!iframesOnly) expect(elements.length, 'Twinning elements in the sample').to.be.greaterThan(0);
        for (const el of elements) await waitReady(el);
        expect(errors, 'console errors').to.deep.equal([]);
      } finally {
        console.error = original;
        sandbox.remove();
      }
    });
  }
});
