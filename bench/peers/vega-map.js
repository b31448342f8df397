// vega-embed + vega-lite + vega drawing the pairing map: land (geoshape), agreements (rule), places (circle).
import embed from 'vega-embed';

export function draw(container, { dataset, topology, width, height }) {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const links = dataset.twinnings.map((t) => [byId.get(t.places[0]), byId.get(t.places[1])]).filter(([a, b]) => a && b)
    .map(([a, b]) => ({ lon: a.lon, lat: a.lat, lon2: b.lon, lat2: b.lat }));
  return embed(container, {
    width, height, projection: { type: 'naturalEarth1' },
    layer: [
      { data: { values: topology, format: { type: 'topojson', feature: 'countries' } }, mark: { type: 'geoshape', fill: '#e6e2d8' } },
      { data: { values: links }, mark: 'rule', encoding: { longitude: { field: 'lon' }, latitude: { field: 'lat' }, longitude2: { field: 'lon2' }, latitude2: { field: 'lat2' } } },
      { data: { values: dataset.places }, mark: 'circle', encoding: { longitude: { field: 'lon' }, latitude: { field: 'lat' } } },
    ],
  }, { actions: false });
}
