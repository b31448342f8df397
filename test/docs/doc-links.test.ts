/** linkDocs: links between docs files become Storybook paths; others stay as written. */
import { expect } from '@open-wc/testing';
import { DOC_PAGES, linkDocs, linkAssets } from '../../stories/docs/doc-links.ts';

describe('linkDocs', () => {
  it('linkDocs() resolves a relative link from a component page to the warnings page', () => {
    expect(linkDocs('see [code](../warnings.md#invalid-attribute).', 'components/twinning-map.md'))
      .to.equal('see [code](?path=/docs/docs-console-warnings--docs).');
  });

  it('linkDocs() leaves in-page anchors, absolute URLs and files without a page alone', () => {
    const text = '[a](#events) [b](https://example.org/x.md) [c](../data/README.md#column-reference)';
    expect(linkDocs(text, 'data-guide.md')).to.equal(text);
  });

  it('linkAssets() points the images the build knows at their URLs and leaves the others alone', () => {
    const text = '![a](images/municipalities/a.png) ![b](images/municipalities/b.png) ![c](https://example.org/c.png) [t](templates/t.csv)';
    expect(linkAssets(text, { 'images/municipalities/a.png': '/assets/a-123.png', 'templates/t.csv': '/assets/t-9.csv' }))
      .to.equal('![a](/assets/a-123.png) ![b](images/municipalities/b.png) ![c](https://example.org/c.png) [t](/assets/t-9.csv)');
  });

  it('every file in DOC_PAGES exists, and each MDX page passes its own file to linkDocs', async () => {
    const mdx = ['introduction', 'getting-started', 'municipalities', 'embedding', 'story', 'frameworks', 'data-guide', 'validation-codes', 'theming', 'accessibility',
      'warnings', 'contract', 'twinning-map', 'twinning-timeline', 'twinning-activity-chart', 'twinning-data', 'twinning-partners'];
    const rendered = new Set<string>();
    for (const name of mdx) {
      const source = await (await fetch(`/stories/docs/${name}.mdx`)).text();
      const match = /\.\.\/docs\/([^?]+)\?raw';[\s\S]*linkDocs\(text, '([^']+)'\)/.exec(source);
      expect(match, name).to.not.equal(null);
      expect(match![1], `${name}.mdx links relative to the file it shows`).to.equal(match![2]);
      rendered.add(match![1]!);
    }
    for (const file of Object.keys(DOC_PAGES)) {
      expect((await fetch(`/docs/${file}`)).ok, file).to.equal(true);
      if (file !== 'embed-builder.md') expect(rendered.has(file), `${file} has an MDX page`).to.equal(true);
    }
  });
});
