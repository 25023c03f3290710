/** Types for scripts/manifest-locales.js (the locales manifest.xml translates into). */
export declare const ENGLISH: readonly string[];
export declare const TRADITIONAL: readonly string[];
export declare const LOCALES: readonly string[];
export declare const SOURCE: Readonly<Record<string, string>>;
export declare function completeOverrides(xml: string): string;
