/**
 * Draws a serialised SVG onto a canvas at a device scale and encodes it as PNG. The SVG is
 * loaded as an image from a data: URL; it references nothing outside itself, so the canvas is
 * never tainted.
 */
import type { SvgExport } from './serialize-svg.ts';

/** A PNG of `image`, `scale` times its CSS size (2 by default: sharp on high-density screens and in print). */
export async function svgToPng(image: SvgExport, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.markup)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
