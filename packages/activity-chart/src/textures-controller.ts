/**
 * The bars' pattern textures (render/textures.ts) are a chunk of their own, drawn only with
 * `patterns` or in forced-colours mode, so other pages never fetch them. The controller says when
 * an update must wait for them, and re-renders its host when forced-colours mode turns on or off.
 */
import { lazyModule } from '@twinning/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const texturesChunk = lazyModule(() => import('./render/textures.ts'));
const forcedColors = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : null;

export class TexturesController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What an update with `patterns` (or in forced colours) waits for; null when nothing. */
  loading(patterns: boolean): Promise<unknown> | null {
    return patterns || forcedColors?.matches ? texturesChunk.loading() : null;
  }

  /** The textures' module once it is in. */
  get module(): typeof import('./render/textures.ts') | undefined {
    return texturesChunk.get();
  }

  private readonly changed = () => this.host.requestUpdate();

  hostConnected(): void {
    forcedColors?.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    forcedColors?.removeEventListener('change', this.changed);
  }
}
