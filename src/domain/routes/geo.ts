/** Great-circle geometry on a sphere of the Earth's mean radius. Angles in degrees. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

export interface LatLng {
  lat: number;
  lng: number;
}

export function isValidLatLng(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
}

/** Great-circle distance in km (haversine: well-conditioned for the short hops of a route). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Initial bearing from `from` to `to`: 0 = north, 90 = east, in [0, 360). 0 when the points coincide. */
export function bearingDeg(from: LatLng, to: LatLng): number {
  const φ1 = from.lat * RAD;
  const φ2 = to.lat * RAD;
  const Δλ = (to.lng - from.lng) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  if (y === 0 && x === 0) return 0;
  const deg = Math.atan2(y, x) / RAD;
  return deg < 0 ? deg + 360 : deg;
}

/** The point on the sphere at the mean of the points' unit vectors (right across the ±180° meridian too). */
export function centroid(points: readonly LatLng[]): LatLng {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    const φ = p.lat * RAD;
    const λ = p.lng * RAD;
    x += Math.cos(φ) * Math.cos(λ);
    y += Math.cos(φ) * Math.sin(λ);
    z += Math.sin(φ);
  }
  const h = Math.hypot(x, y);
  if (h === 0 && z === 0) return points.length > 0 ? { lat: points[0].lat, lng: points[0].lng } : { lat: 0, lng: 0 };
  return { lat: Math.atan2(z, h) / RAD, lng: Math.atan2(y, x) / RAD };
}

/** The n×n great-circle distance matrix, row-major. */
export function distanceMatrix(points: readonly LatLng[]): Float64Array {
  const n = points.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = distanceKm(points[i], points[j]);
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return d;
}

/** "31.23,121.47" as people type it (full-width comma or a space between, spaces around): latitude first. Undefined when not a valid pair. */
export function parseLatLng(text: string): LatLng | undefined {
  const parts = text.normalize("NFKC").trim().split(/\s*[,;\s]\s*/);
  if (parts.length !== 2 || !parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(p))) return undefined;
  const [lat, lng] = parts.map(Number);
  return isValidLatLng(lat, lng) ? { lat, lng } : undefined;
}
