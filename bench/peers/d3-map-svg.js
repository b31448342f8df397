// The floor: plain d3-geo drawing land, links and dots into one SVG, nothing else.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const NS = 'http://www.w3.org/2000/svg';

export function draw(container, { dataset, topology, projection: p, width, height }) {
  const projection = geoNaturalEarth1().rotate(p.rotate).scale(p.scale).translate(p.translate);
  const path = geoPath(projection).digits(1);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  const add = (name, attrs) => {
    const el = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.append(el);
  };
  add('path', { d: path(feature(topology, topology.objects.countries)), fill: '#e6e2d8' });
  const byId = new Map(dataset.places.map((q) => [q.id, q]));
  for (const t of dataset.twinnings) {
    const [a, b] = t.places.map((id) => byId.get(id));
    if (!a || !b) continue;
    add('path', { d: path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] }), fill: 'none', stroke: '#b03a2e' });
  }
  for (const q of dataset.places) {
    const xy = projection([q.lon, q.lat]);
    if (xy) add('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 3, fill: '#1f4e79' });
  }
  container.append(svg);
  return svg;
}
