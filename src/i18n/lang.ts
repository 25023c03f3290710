export type Lang = "zh" | "en";

/** Office's display language ("zh-CN", "en-US", …) to ours: Chinese first, English for any en-*. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "zh";
}
