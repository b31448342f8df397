/**
 * A standalone SVG of what an element shows: a title line, the chart with its computed styles
 * resolved, the legend as swatches and text, and the summary as a caption. The file declares its
 * fonts by `font-family` stacks (the element's computed stack, ending in a generic family); it
 * does not embed font files, so it stays small and uses the reader's installed fonts.
 */
import type { ExportedNote } from '../annotations/annotation-controller.ts';
import { cloneWithComputedStyles, svgElement } from './inline-styles.ts';

/** What to put in the file. */
export interface SvgExportInput {
  /** The live chart SVG. */
  readonly chart: SVGSVGElement;
  /** The element: its computed colours and font are the file's. */
  readonly host: Element;
  /** The chart's name: the `<title>` and the first line. */
  readonly title: string;
  /** The generated summary: the `<desc>` and the caption. */
  readonly summary: string;
  /** The legend part, if one is shown. */
  readonly legend?: Element | null;
  /** The UI language, written as `lang` on the root. */
  readonly lang: string;
  /** Editors' notes: drawn as numbered callouts over the chart, and listed in full under the summary. */
  readonly notes?: readonly ExportedNote[];
}

/** The serialised file and its size in CSS pixels. */
export interface SvgExport {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const LINE = 1.4;
const GENERIC = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif)\s*(,|$)/;

/** The element's font stack, always ending in a generic family so every reader gets a font. */
export function fontStack(family: string): string {
  const stack = family.trim() || 'sans-serif';
  return GENERIC.test(stack) ? stack : `${stack}, system-ui, sans-serif`;
}

/** Splits `text` into lines no wider than `width` at `font` (measured with a canvas). */
export function wrapText(text: string, width: number, font: string): string[] {
  const context = document.createElement('canvas').getContext('2d');
  const measure = (s: string) => (context ? ((context.font = font), context.measureText(s).width) : s.length * 7);
  // Spaces separate words in en/fr; Japanese has none, so long runs break per character.
  const tokens = text.split(/(?<=\s)/).flatMap((t) => (measure(t) > width ? [...t] : [t]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure(line + token) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The file for `input`. */
export function serializeChartSvg(input: SvgExportInput): SvgExport {
  const hostStyle = getComputedStyle(input.host);
  const family = fontStack(hostStyle.fontFamily);
  const color = hostStyle.color;
  const background = hostStyle.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : hostStyle.backgroundColor;
  const box = input.chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(input.chart.getAttribute('width')) || 600);
  const chartHeight = Math.round(box.height || Number(input.chart.getAttribute('height')) || 400);
  const width = chartWidth + 2 * PAD;
  const textWidth = width - 2 * PAD;

  const chart = cloneWithComputedStyles(input.chart);
  if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  let y = PAD;
  const titleLines = wrapText(input.title, textWidth, `600 ${TITLE_SIZE}px ${family}`);
  const texts: SVGElement[] = titleLines.map((line, i) => svgElement('text', { x: PAD, y: y + TITLE_SIZE * (1 + i * LINE), 'font-size': TITLE_SIZE, 'font-weight': 600, fill: color }));
  titleLines.forEach((line, i) => (texts[i]!.textContent = line));
  y += Math.ceil(TITLE_SIZE * LINE * titleLines.length) + 8;
  const chartTop = y;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  y += chartHeight + 12;

  const legend = input.legend ? legendRow(input.legend, PAD, y, textWidth, family, color) : null;
  if (legend) y += legend.height + 8;
  const summaryLines = wrapText(input.summary, textWidth, `${TEXT_SIZE}px ${family}`);
  for (const [i, line] of summaryLines.entries()) {
    const text = svgElement('text', { x: PAD, y: y + TEXT_SIZE * (1 + i * LINE), 'font-size': TEXT_SIZE, fill: color });
    text.textContent = line;
    texts.push(text);
  }
  y += Math.ceil(TEXT_SIZE * LINE * summaryLines.length) + PAD;
  const notes = input.notes ?? [];
  const noteLines = notes.flatMap((n) => wrapText(`${n.number}. ${n.text}`, textWidth, `${TEXT_SIZE}px ${family}`).map((line) => ({ line, lang: n.lang })));
  for (const [i, { line, lang }] of noteLines.entries()) {
    const text = svgElement('text', { x: PAD, y: y - PAD + TEXT_SIZE * (1 + i * LINE), 'font-size': TEXT_SIZE, fill: color, ...(lang ? { lang } : {}) });
    text.textContent = line;
    texts.push(text);
  }
  if (noteLines.length) y += Math.ceil(TEXT_SIZE * LINE * noteLines.length) + 4;
  const height = Math.round(y);

  const root = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, lang: input.lang, 'font-family': family, role: 'img' });
  const title = svgElement('title');
  title.textContent = input.title;
  const desc = svgElement('desc');
  desc.textContent = input.summary;
  const style = svgElement('style');
  style.textContent = `svg { font-family: ${family}; }`;
  root.append(title, desc, style, svgElement('rect', { width, height, fill: background }), ...texts.slice(0, titleLines.length), chart);
  if (notes.length) root.append(calloutGroup(notes, PAD, chartTop, chartWidth, chartHeight, family, color, background));
  if (legend) root.append(legend.group);
  root.append(...texts.slice(titleLines.length));
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** The callouts over the chart: leader, box, number and up to four lines of the note. */
function calloutGroup(notes: readonly ExportedNote[], x0: number, y0: number, width: number, height: number, family: string, color: string, background: string): SVGGElement {
  const group = svgElement('g', { transform: `translate(${x0} ${y0})`, 'font-size': TEXT_SIZE });
  for (const n of notes) {
    if (!n.box || n.box.x < 0 || n.box.y < 0 || n.box.x + n.box.width > width + 1 || n.box.y + n.box.height > height + 1) continue;
    const { x, y, width: w, height: h } = n.box;
    if (n.leader) {
      group.append(svgElement('line', { x1: n.leader.from.x, y1: n.leader.from.y, x2: n.leader.to.x, y2: n.leader.to.y, stroke: color, 'stroke-width': 1 }));
      group.append(svgElement('circle', { cx: n.leader.to.x, cy: n.leader.to.y, r: 3, fill: 'none', stroke: color, 'stroke-width': 1.5 }));
    }
    group.append(svgElement('rect', { x, y, width: w, height: h, rx: 3, fill: background, stroke: color }));
    group.append(svgElement('circle', { cx: x + 12, cy: y + 12, r: 8, fill: color }));
    const number = svgElement('text', { x: x + 12, y: y + 16, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 600, fill: background });
    number.textContent = String(n.number);
    group.append(number);
    const lines = wrapText(n.text, w - 32, `${TEXT_SIZE}px ${family}`);
    const fit = Math.max(1, Math.floor((h - 6) / (TEXT_SIZE * 1.3)));
    lines.slice(0, fit).forEach((line, i) => {
      const text = svgElement('text', { x: x + 26, y: y + 4 + TEXT_SIZE * (1 + i * 1.3), fill: color, ...(n.lang ? { lang: n.lang } : {}) });
      text.textContent = i === fit - 1 && lines.length > fit ? `${line.replace(/.$/u, '')}…` : line;
      group.append(text);
    });
  }
  return group;
}

/** The legend as a row of swatches (its own small SVGs, styles resolved) and labels, wrapped. */
function legendRow(legend: Element, x0: number, y0: number, width: number, family: string, color: string): { group: SVGGElement; height: number } | null {
  const group = svgElement('g');
  const rowHeight = 18;
  let x = x0;
  let y = y0;
  const context = document.createElement('canvas').getContext('2d');
  for (const item of legend.children) {
    const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    const swatch = item.localName === 'svg' ? (item as SVGSVGElement) : item.querySelector('svg');
    if (!label && !swatch) continue;
    const bold = !swatch;
    const font = `${bold ? '600 ' : ''}${TEXT_SIZE}px ${family}`;
    if (context) context.font = font;
    const swatchWidth = swatch ? Math.min(32, swatch.getBoundingClientRect().width || 16) : 0;
    const itemWidth = swatchWidth + (swatch ? 6 : 0) + (context ? context.measureText(label).width : label.length * 7) + 16;
    if (x > x0 && x + itemWidth > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    if (swatch) {
      const copy = cloneWithComputedStyles(swatch);
      const h = Math.min(14, swatch.getBoundingClientRect().height || 12);
      if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${swatch.getAttribute('width') ?? swatchWidth} ${swatch.getAttribute('height') ?? h}`);
      for (const [k, v] of Object.entries({ x, y: y + (rowHeight - h) / 2 - 3, width: swatchWidth, height: h })) copy.setAttribute(k, String(v));
      group.append(copy);
    }
    const text = svgElement('text', { x: x + swatchWidth + (swatch ? 6 : 0), y: y + TEXT_SIZE, 'font-size': TEXT_SIZE, fill: color, ...(bold ? { 'font-weight': 600 } : {}) });
    text.textContent = label;
    group.append(text);
    x += itemWidth;
  }
  return group.childElementCount ? { group, height: y - y0 + rowHeight } : null;
}
