/** Registers `<twinning-partners>` (safe to load twice). */
import { defineElement } from '@twinning/core';
import { TwinningPartners } from './twinning-partners.element.ts';

defineElement('twinning-partners', TwinningPartners);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-partners': TwinningPartners;
  }
}

export { TwinningPartners };
