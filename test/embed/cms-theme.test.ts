/**
 * Paste code in a real CMS theme: WordPress Twenty Twenty-One sizes an article's direct children
 * to a 610 px column, but lets an iframe with a `style` attribute grow to the page's width
 * (`.entry-content > iframe[style] { max-width: 100% !important }`). Every iframe snippet we
 * publish (the embed builder's, the embedding guide's, the README's) wraps the iframe, so it stays
 * in the column. And the theme an editor gets without asking: light, even for a dark-mode reader.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEFAULT_STATE, iframeCode, iframeQuery, scriptCode } from '../../docs/embed-builder/builder-state.ts';
import '../../packages/activity-chart/src/index.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

/** The theme's rules that matter here, as Twenty Twenty-One writes them (column width inlined). */
const THEME_CSS = `
  .entry-content { width: 1280px; }
  .entry-content > *:not(.alignwide):not(.alignfull):not(.alignleft):not(.alignright) { max-width: 610px; margin-left: auto; margin-right: auto; }
  .entry-content > iframe[style] { max-width: 100% !important; }
`;

/** The first ```html block of a Markdown file that holds an iframe. */
async function iframeSnippet(file: string): Promise<string> {
  const text = await (await fetch(file)).text();
  const block = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('<iframe'));
  if (!block) throw new Error(`no iframe snippet in ${file}`);
  return block;
}

/** The width the snippet's iframe gets inside the theme's article, as laid out by the browser. */
async function widthInTheme(snippet: string): Promise<number> {
  const article = await fixture<HTMLElement>(html`<div><style>${THEME_CSS}</style><div class="entry-content"></div></div>`);
  const content = article.querySelector('.entry-content')!;
  // Parsed as a CMS would keep it; scripts are inert here and the frame loads nothing.
  content.append(...new DOMParser().parseFromString(snippet, 'text/html').body.childNodes);
  const frame = content.querySelector('iframe')!;
  frame.src = 'about:blank';
  return frame.getBoundingClientRect().width;
}

describe('iframe snippets in WordPress Twenty Twenty-One', () => {
  it('a bare iframe with a style grows past the column (the theme rule this guards against)', async () => {
    expect(await widthInTheme('<iframe src="about:blank" title="x" style="width: 100%; border: 0"></iframe>')).to.equal(1280);
  });

  it('the embed builder\'s iframe code stays inside the 610 px column', async () => {
    const code = iframeCode(DEFAULT_STATE, 'Twinning map');
    expect(code).to.match(/^<div class="twinning-embed">\n {2}<iframe /);
    expect(await widthInTheme(code)).to.equal(610);
    expect(await widthInTheme(iframeCode({ ...DEFAULT_STATE, width: '900px' }, 'Twinning map')), 'a fixed width wider than the column').to.equal(610);
  });

  it('the embedding guide\'s and the README\'s iframe snippets stay inside the column and name the theme', async () => {
    for (const file of ['/docs/embedding.md', '/README.md']) {
      const snippet = await iframeSnippet(file);
      expect(await widthInTheme(snippet), file).to.equal(610);
      expect(snippet, file).to.contain('theme=light');
    }
  });

  it('the embed builder writes theme="light" (the default) into both kinds of code', () => {
    expect(DEFAULT_STATE.theme).to.equal('light');
    expect(iframeQuery(DEFAULT_STATE).query.get('theme')).to.equal('light');
    expect(scriptCode(DEFAULT_STATE)).to.contain('theme="light"');
    expect(iframeQuery({ ...DEFAULT_STATE, theme: 'auto' }).query.get('theme')).to.equal('auto');
  });
});

describe('the theme an editor gets without asking', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light for a reader in dark mode; theme="auto" follows the reader, theme="dark" is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const host = await fixture<HTMLElement>(html`<div>
      <twinning-activity-chart .data=${data}></twinning-activity-chart>
      <twinning-activity-chart .data=${data} theme="auto"></twinning-activity-chart>
      <twinning-activity-chart .data=${data} theme="dark"></twinning-activity-chart>
    </div>`);
    const charts = [...host.querySelectorAll('twinning-activity-chart')];
    await waitUntil(() => charts.every((c) => c.shadowRoot?.querySelector("[part~='bar']")), 'the charts draw', { timeout: 8000 });
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(charts.map(background)).to.deep.equal(['rgb(255, 255, 255)', 'rgb(20, 23, 31)', 'rgb(20, 23, 31)']);
    await emulateMedia({ colorScheme: 'light' });
    expect(charts.map(background)).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 'rgb(20, 23, 31)']);
  });
});
