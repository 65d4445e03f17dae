/**
 * The map of the directory (/mapa/): clustered markers for the entries the filter finds, an offline base
 * of Poland's outlines, and map tiles only when site.tiles says so. React, because react-leaflet is; loaded
 * only on the map page (client:only), never with the directory list.
 * The filter form, the count and the list around it are the directory's own island (Preact,
 * src/islands/directory/DirectoryFilter.tsx, variant "map"); both follow the page's filter store
 * (src/islands/shared/page-filters.ts) and share the data loader (src/islands/shared/directory-data.ts).
 */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { GeoJSON, MapContainer, TileLayer } from 'react-leaflet';
import type { SearchIndex } from '../../lib/search/filter.ts';
import { pageFilters } from '../shared/page-filters.ts';
import { paths } from '../../lib/directory/paths.ts';
import { site } from '../../site.config.ts';
import { hitsFor, indexFor } from '../shared/directory-data.ts';
import { getJson } from '../shared/get-json.ts';
import ClusterLayer from './ClusterLayer.tsx';
import './map.css';

const POLAND: [[number, number], [number, number]] = [
  [49.0, 14.1],
  [54.9, 24.2],
];

export default function MapView({ types }: { types: [string, string][] }) {
  const store = pageFilters();
  const filters = useSyncExternalStore(store.subscribe, store.get);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [outlines, setOutlines] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    // Without the outlines the map still shows its markers (and tiles where enabled).
    getJson<FeatureCollection>(paths.mapOutlines).then(setOutlines, () => {});
  }, []);
  useEffect(() => {
    let current = true;
    // A failure is said once, by the count above the map (the directory island).
    indexFor(filters).then(
      (i) => current && setIndex(i),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [filters.wojewodztwo, filters.powiat, filters.gmina]);

  const now = useMemo(() => new Date(), [filters, index]);
  const hits = useMemo(() => (index ? hitsFor(index, filters, now) : []), [index, filters, now]);
  const typeNames = useMemo(() => new Map(types), [types]);

  return (
    <MapContainer className="map-canvas" bounds={POLAND} minZoom={5} maxZoom={18} scrollWheelZoom={false} keyboard>
      {outlines && (
        <GeoJSON
          data={outlines}
          attribution="Granice: geoportal.gov.pl"
          interactive={false}
          style={(f) =>
            f?.properties?.kind === 'kraj'
              ? { color: '#0b5c4a', weight: 2, fillColor: '#e8f1ee', fillOpacity: 1 }
              : { color: '#5f7a72', weight: 1, fill: false }
          }
        />
      )}
      {site.tiles === 'osm' && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
          maxZoom={19}
        />
      )}
      <ClusterLayer hits={hits} typeNames={typeNames} fit={Boolean(filters.gmina || filters.powiat)} />
    </MapContainer>
  );
}
