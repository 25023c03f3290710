/** Route codes as the workbook shows them: 华东-R02, and 华东-R02-05 with the stop. */
export const NO_AREA = "未分区";

export function areaLabel(area: string | undefined): string {
  const t = (area ?? "").trim();
  return t === "" ? NO_AREA : t;
}

/** Digits for route numbers: at least two (R02), more when an area has 100 routes or more. */
export function routeDigits(routeCount: number): number {
  return Math.max(2, String(routeCount).length);
}

export function routeCode(area: string, routeNumber: number, digits = 2): string {
  return `${area}-R${String(routeNumber).padStart(digits, "0")}`;
}

export function stopCode(route: string, stop: number, digits = 2): string {
  return `${route}-${String(stop).padStart(digits, "0")}`;
}
