// A stranger's Vite app: registers every element from the package, and has a Lit element of its own.
import '@twinning/elements';
import { TwinningMap } from '@twinning/elements/classes';
import { html, LitElement } from 'lit';

class AppNote extends LitElement {
  override render() {
    return html`<p>The app's own Lit element</p>`;
  }
}
customElements.define('app-note', AppNote);

const map = document.querySelector('twinning-map')!;
map.addEventListener('twinning-select', (event) => {
  document.body.dataset.selected = event.twinning ?? 'cleared';
});
const litVersions = (globalThis as { litElementVersions?: string[] }).litElementVersions ?? [];
document.body.dataset.ready = JSON.stringify({ isClass: map instanceof TwinningMap, litVersions });
