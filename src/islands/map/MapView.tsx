/**
 * The map of the directory (/mapa/): the same filters as the list (one pure module, src/lib/search/filter.ts),
 * clustered markers, an offline base of Poland's outlines, and map tiles only when site.tiles says so.
 * Loaded only on the map page (client:only), never with the directory list.
 */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, MapContainer, TileLayer } from 'react-leaflet';
import { filterRecords, type SearchIndex } from '../../lib/search/filter.ts';
import { plural, WORDS } from '../../lib/i18n/plural.ts';
import { paths } from '../../lib/directory/paths.ts';
import { queryFromFilters } from '../../lib/search/url.ts';
import { site } from '../../site.config.ts';
import { indexFor } from '../directory/data.ts';
import FilterForm, { type FacetOptions } from '../directory/FilterForm.tsx';
import Results from '../directory/Results.tsx';
import { useUrlFilters } from '../directory/useFilters.ts';
import ClusterLayer from './ClusterLayer.tsx';
import '../directory/directory.css';
import './map.css';

const POLAND: [[number, number], [number, number]] = [[49.0, 14.1], [54.9, 24.2]];

export default function MapView({ options }: { options: FacetOptions }) {
  const [filters, setFilters] = useUrlFilters();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [outlines, setOutlines] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    void fetch(paths.mapOutlines).then((r) => r.json()).then(setOutlines);
  }, []);
  useEffect(() => {
    let current = true;
    void indexFor(filters).then((i) => current && setIndex(i));
    return () => {
      current = false;
    };
  }, [filters.wojewodztwo, filters.powiat, filters.gmina]);

  const now = useMemo(() => new Date(), [filters, index]);
  const hits = useMemo(() => (index ? filterRecords(index, filters, now) : []), [index, filters, now]);
  const onMap = hits.filter((h) => h.record.l).length;
  const typeNames = useMemo(() => new Map(options.types), [options.types]);

  return (
    <div className="map-view">
      <FilterForm idPrefix="mapa" options={options} filters={filters} onChange={setFilters} />
      <div className="result-bar">
        <p role="status" className="result-count">
          {index ? `Znaleziono: ${plural(hits.length, WORDS.result)}, na mapie: ${onMap}.` : 'Wczytuję dane…'}
        </p>
        <a href={`${paths.directory}${queryFromFilters(filters)}`}>Pokaż jako listę</a>
      </div>
      <p className="map-legend">
        <span className="map-pin map-pin-inline" aria-hidden="true" /> dokładny adres
        <span className="map-pin map-pin-approx map-pin-inline" aria-hidden="true" /> położenie przybliżone (tylko miejscowość)
      </p>
      <MapContainer className="map-canvas" bounds={POLAND} minZoom={5} maxZoom={18} scrollWheelZoom={false} keyboard>
        {outlines && (
          <GeoJSON
            data={outlines}
            attribution="Granice: geoportal.gov.pl"
            interactive={false}
            style={(f) => (f?.properties?.kind === 'kraj' ? { color: '#0b5c4a', weight: 2, fillColor: '#e8f1ee', fillOpacity: 1 } : { color: '#5f7a72', weight: 1, fill: false })}
          />
        )}
        {site.tiles === 'osm' && (
          <TileLayer url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' maxZoom={19} />
        )}
        <ClusterLayer hits={hits} typeNames={typeNames} fit={Boolean(filters.gmina || filters.powiat)} />
      </MapContainer>
      <h2>Wyniki jako lista</h2>
      {index && <Results hits={hits} filters={filters} options={options} now={now} onChange={setFilters} />}
    </div>
  );
}
