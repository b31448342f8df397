/** A fresh 900 px wide React root for each test of a file, unmounted and removed after it. */
import { createRoot, type Root } from 'react-dom/client';

export function reactStage(): { readonly container: () => HTMLDivElement; readonly root: () => Root } {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });
  return { container: () => container, root: () => root };
}
