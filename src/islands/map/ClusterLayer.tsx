/**
 * Clustered markers (leaflet.markercluster) for the filtered records. Exact locations are solid
 * pins, approximate ones hollow dashed rings, and the popup says so. Markers and clusters are
 * focusable buttons with names, so the keyboard reaches them (Enter opens a popup or zooms in).
 */
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Hit } from '../../lib/search/filter.ts';
import { count as countWords } from '../../i18n/index.ts';

type ClusterGroup = L.MarkerClusterGroup;

function popupContent(hit: Hit, typeName: string): HTMLElement {
  const r = hit.record;
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = r.u;
  link.textContent = r.n;
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.append(link);
  const meta = document.createElement('p');
  meta.textContent = `${typeName} · ${r.p}`;
  box.append(title, meta);
  if (r.l?.[2]) {
    const approx = document.createElement('p');
    approx.className = 'map-popup-approx';
    approx.textContent = 'Położenie przybliżone: na mapie zaznaczamy tylko miejscowość.';
    box.append(approx);
  }
  return box;
}

function markerIcon(name: string, approximate: boolean): L.DivIcon {
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = approximate ? `${name} (położenie przybliżone)` : name;
  return L.divIcon({
    className: approximate ? 'map-pin map-pin-approx' : 'map-pin',
    html: label,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -10],
  });
}

interface Props {
  hits: Hit[];
  typeNames: Map<string, string>;
  /** zoom to the markers (when a region is chosen) */
  fit: boolean;
}

export default function ClusterLayer({ hits, typeNames, fit }: Props) {
  const map = useMap();
  const group = useRef<ClusterGroup | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import('leaflet.markercluster').then(() => {
      if (cancelled) return;
      group.current = L.markerClusterGroup({
        chunkedLoading: true,
        showCoverageOnHover: false,
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          const html = document.createElement('span');
          const count = document.createElement('span');
          count.textContent = String(n);
          count.setAttribute('aria-hidden', 'true');
          const label = document.createElement('span');
          label.className = 'visually-hidden';
          label.textContent = `${countWords(n, 'institution')} w tym miejscu: powiększ mapę`;
          html.append(count, label);
          return L.divIcon({ html, className: 'map-cluster', iconSize: [36, 36] });
        },
      });
      map.addLayer(group.current);
      map.fire('clusterready');
    });
    return () => {
      cancelled = true;
      if (group.current) map.removeLayer(group.current);
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    const fill = () => {
      const g = group.current;
      if (!g) return;
      g.clearLayers();
      const markers: L.Marker[] = [];
      for (const hit of hits) {
        const l = hit.record.l;
        if (!l) continue;
        const marker = L.marker([l[0], l[1]], { icon: markerIcon(hit.record.n, l[2] === 1), keyboard: true, title: hit.record.n });
        marker.bindPopup(() => popupContent(hit, typeNames.get(hit.record.t) ?? hit.record.t));
        markers.push(marker);
      }
      g.addLayers(markers);
      if (fit && markers.length) map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())), { maxZoom: 11, padding: [30, 30] });
    };
    fill();
    map.on('clusterready', fill);
    return () => {
      map.off('clusterready', fill);
    };
  }, [hits, map, typeNames, fit]);

  return null;
}
