/**
 * 同比 and 环比: a figure for a period against the same figure for a base period (the same period
 * a year earlier, or the period just before; domain/periods.ts makes both). The change is
 * current − base; the ratio current ÷ base; the growth rate (current − base) ÷ |base|. A base of
 * zero has no ratio and no growth rate: the comparison says so instead of dividing by zero.
 */
import { periodLabel, previousPeriod, yearEarlier, type Period } from "./periods";

/** yoy: 同比 (a year earlier); pop: 环比 (the period before). */
export type ComparisonBasis = "yoy" | "pop";

export const COMPARISON_BASES: readonly ComparisonBasis[] = ["yoy", "pop"];

export interface Comparison {
  current: number;
  base: number;
  change: number;
  /** current ÷ base; undefined when the base is zero. */
  ratio?: number;
  /** (current − base) ÷ |base|; undefined when the base is zero. */
  growth?: number;
}

export function basePeriod(p: Period, basis: ComparisonBasis): Period {
  return basis === "yoy" ? yearEarlier(p) : previousPeriod(p);
}

export function compareFigures(current: number, base: number): Comparison {
  const change = current - base;
  if (base === 0 || !Number.isFinite(base)) return { current, base, change };
  return { current, base, change, ratio: current / base, growth: change / Math.abs(base) };
}

export function hasBase(c: Comparison): boolean {
  return c.growth !== undefined;
}

export function basisLabel(basis: ComparisonBasis, lang: "zh" | "en" = "zh"): string {
  if (lang === "en") return basis === "yoy" ? "year on year" : "period on period";
  return basis === "yoy" ? "同比" : "环比";
}

/** 同比（2025-11）: the basis and the base period it compares against. */
export function comparisonTitle(p: Period, basis: ComparisonBasis, lang: "zh" | "en" = "zh"): string {
  const base = periodLabel(basePeriod(p, basis), lang);
  return lang === "en" ? `${basisLabel(basis, lang)} (against ${base})` : `${basisLabel(basis, lang)}（对比 ${base}）`;
}

/** The growth rate as people read it: +12.5%, −3.0%, or 无基期 / no base when the base is zero. */
export function growthText(c: Comparison, lang: "zh" | "en" = "zh"): string {
  if (c.growth === undefined) return lang === "en" ? "no base" : "无基期";
  const pct = (c.growth * 100).toFixed(1);
  return c.growth > 0 ? `+${pct}%` : `${pct}%`;
}

/** The ratio as people read it: 127.4% (the current as a share of the base), or 无基期 / no base when the base is zero. */
export function ratioText(c: Comparison, lang: "zh" | "en" = "zh"): string {
  if (c.ratio === undefined) return lang === "en" ? "no base" : "无基期";
  return `${(c.ratio * 100).toFixed(1)}%`;
}

/** Ratio and growth rate in one phrase (比率 127.4%，增长率 +27.4%), or just 无基期 / no base: neither exists without a base. */
export function ratioGrowthText(c: Comparison, lang: "zh" | "en" = "zh"): string {
  if (!hasBase(c)) return growthText(c, lang);
  return lang === "en" ? `ratio ${ratioText(c, lang)}, growth ${growthText(c, lang)}` : `比率 ${ratioText(c, lang)}，增长率 ${growthText(c, lang)}`;
}
