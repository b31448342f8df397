// Plain d3-geo drawing land, links and dots onto one canvas: the large-data reference.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

export function draw(container, { dataset, topology, projection: p, width, height }) {
  const projection = geoNaturalEarth1().rotate(p.rotate).scale(p.scale).translate(p.translate);
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  const path = geoPath(projection, context);
  context.beginPath();
  path(feature(topology, topology.objects.countries));
  context.fillStyle = '#e6e2d8';
  context.fill();
  const byId = new Map(dataset.places.map((q) => [q.id, q]));
  context.beginPath();
  for (const t of dataset.twinnings) {
    const [a, b] = t.places.map((id) => byId.get(id));
    if (a && b) path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] });
  }
  context.strokeStyle = 'rgba(176,58,46,0.5)';
  context.stroke();
  context.beginPath();
  for (const q of dataset.places) {
    const xy = projection([q.lon, q.lat]);
    if (xy) { context.moveTo(xy[0] + 3, xy[1]); context.arc(xy[0], xy[1], 3, 0, 2 * Math.PI); }
  }
  context.fillStyle = '#1f4e79';
  context.fill();
  container.append(canvas);
  return canvas;
}
