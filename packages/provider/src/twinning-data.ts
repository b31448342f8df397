/** Registers `<twinning-data>`; safe to load twice. */
import { defineElement } from '@twinning/core';
import { TwinningData } from './twinning-data.element.ts';

defineElement('twinning-data', TwinningData);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-data': TwinningData;
  }
}
