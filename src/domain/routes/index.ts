export * from "./plan";
export { routesByBearing, bearingRank } from "./by-bearing";
export { routeCode, stopCode, areaLabel, NO_AREA } from "./codes";
export { distanceKm, bearingDeg, centroid, isValidLatLng, parseLatLng, type LatLng } from "./geo";
export { solveTour, tourLength, exactTour } from "./tour";
export { spanKm, groupsWithinSpan, DEFAULT_MAX_SPAN_KM } from "./span";
