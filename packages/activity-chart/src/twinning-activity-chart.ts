/** Registers `<twinning-activity-chart>` (safe to load twice). */
import { defineElement } from '@twinning/core';
import { TwinningActivityChart } from './twinning-activity-chart.element.ts';

defineElement('twinning-activity-chart', TwinningActivityChart);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-activity-chart': TwinningActivityChart;
  }
}

export { TwinningActivityChart };
