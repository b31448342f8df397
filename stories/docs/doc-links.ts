/**
 * Links between the Markdown files work on GitHub (`../warnings.md#invalid-attribute`); inside
 * Storybook each file is a docs page with its own id. `linkDocs` rewrites the links of one page
 * to Storybook's `?path=` form, which the docs' link handler turns into navigation. Links to
 * files without a page (data/README.md, images) and in-page anchors are left as they are.
 */

/** Each docs file (relative to docs/) and its Storybook path. */
export const DOC_PAGES: Record<string, string> = {
  'README.md': '/docs/docs-introduction--docs',
  'getting-started.md': '/docs/docs-getting-started--docs',
  'municipalities.md': '/docs/docs-for-municipalities--docs',
  'embedding.md': '/docs/docs-embedding--docs',
  'story.md': '/docs/docs-tell-a-story--docs',
  'frameworks.md': '/docs/docs-frameworks--docs',
  'data-guide.md': '/docs/docs-data-guide--docs',
  'data/validation-codes.md': '/docs/docs-validation-codes--docs',
  'theming.md': '/docs/docs-theming--docs',
  'accessibility.md': '/docs/docs-accessibility--docs',
  'warnings.md': '/docs/docs-console-warnings--docs',
  'embed-builder.md': '/story/embed-builder--builder',
  'components/contract.md': '/docs/docs-components-shared-contract--docs',
  'components/twinning-map.md': '/docs/docs-components-twinning-map--docs',
  'components/twinning-timeline.md': '/docs/docs-components-twinning-timeline--docs',
  'components/twinning-activity-chart.md': '/docs/docs-components-twinning-activity-chart--docs',
  'components/twinning-data.md': '/docs/docs-components-twinning-data--docs',
  'components/twinning-partners.md': '/docs/docs-components-twinning-partners--docs',
};

/** `text` (the Markdown of docs/`page`) with its links to other docs pages in `?path=` form. */
export function linkDocs(text: string, page: string): string {
  return text.replace(/\]\(([^)\s]+\.md)(#[^)\s]*)?\)/g, (whole, href: string) => {
    if (/^[a-z]+:/i.test(href)) return whole;
    const target = new URL(href, `https://docs.invalid/docs/${page}`).pathname.replace(/^\/docs\//, '');
    const path = DOC_PAGES[target];
    return path ? `](?path=${path})` : whole;
  });
}

/**
 * `text` with its Markdown images and downloads (`images/…`, `templates/…`) that `urls` holds
 * (keyed by path relative to docs/, e.g. `images/municipalities/world-map-1280.png`) pointed at
 * the URLs the build gave them: Storybook serves no docs/ folder, so a relative link would not
 * load there. Others stay as written.
 */
export function linkAssets(text: string, urls: Readonly<Record<string, string>>): string {
  return text.replace(/\]\(((?:images|templates)\/[^)\s]+)\)/g, (whole, path: string) => (urls[path] ? `](${urls[path]})` : whole));
}
