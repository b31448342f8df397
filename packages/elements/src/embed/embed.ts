/**
 * The script of `embed.html` (no inline script, so it runs under a strict CSP). `./twinning.js`
 * is loaded before it by the page and has registered every element; this builds the view the
 * query asks for, with every value set as an attribute, and reports the page height.
 */
import { EMBED_VIEWS, readEmbedQuery } from './embed-params.ts';
import { reportHeight } from '@twinning/core';

function withAttributes(tag: string, attributes: ReadonlyMap<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  return element;
}

function render(root: HTMLElement): string | null {
  const request = readEmbedQuery(location.search);
  if (!request.ok) {
    const error = document.createElement('p');
    error.className = 'embed-error';
    error.setAttribute('role', 'alert');
    error.textContent = request.message;
    root.replaceChildren(error);
    return request.id;
  }
  const lang = request.own.get('lang');
  if (lang) document.documentElement.lang = lang;
  const tags = EMBED_VIEWS[request.view];
  if (tags.length === 1) {
    root.replaceChildren(withAttributes(tags[0], new Map([...request.shared, ...request.own])));
    return request.id;
  }
  // A dashboard: the provider holds the data and the linked state, so one element's selection or
  // brush reaches the others (an element's own copy would override it). Without a provider in the
  // build, each element gets every attribute itself and works alone.
  const hasProvider = customElements.get('twinning-data') !== undefined;
  const perElement = hasProvider ? request.own : new Map([...request.shared, ...request.own]);
  const views = tags.map((tag) => withAttributes(tag, perElement));
  const container = hasProvider ? withAttributes('twinning-data', request.shared) : document.createElement('div');
  container.classList.add('embed-dashboard');
  container.replaceChildren(...views);
  root.replaceChildren(container);
  return request.id;
}

const root = document.getElementById('twinning-embed') ?? document.body;
reportHeight(render(root));
