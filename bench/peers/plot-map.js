// Observable Plot drawing the pairing map: land (geo), agreements (link), places (dot).
import { plot, geo, link, dot } from '@observablehq/plot';
import { geoNaturalEarth1 } from 'd3-geo';
import { feature } from 'topojson-client';

export function draw(container, { dataset, topology, projection, width, height }) {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const links = dataset.twinnings.map((t) => [byId.get(t.places[0]), byId.get(t.places[1])]).filter(([a, b]) => a && b);
  const land = feature(topology, topology.objects.countries);
  const chart = plot({
    width, height, margin: 0,
    projection: { type: () => geoNaturalEarth1().rotate(projection.rotate).scale(projection.scale).translate(projection.translate) },
    marks: [
      geo(land, { fill: '#e6e2d8', stroke: '#fff', strokeWidth: 0.5 }),
      link(links, { x1: ([a]) => a.lon, y1: ([a]) => a.lat, x2: ([, b]) => b.lon, y2: ([, b]) => b.lat, stroke: '#b03a2e', strokeOpacity: 0.6 }),
      dot(dataset.places, { x: 'lon', y: 'lat', r: 3, fill: '#1f4e79', title: (p) => p.id }),
    ],
  });
  container.append(chart);
  return chart;
}
