/** Registers `<twinning-map>`; safe to load twice. */
import { defineElement } from '@twinning/core';
import { TwinningMap } from './twinning-map.element.ts';

defineElement('twinning-map', TwinningMap);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-map': TwinningMap;
  }
}
