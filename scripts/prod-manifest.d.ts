/** Types for scripts/prod-manifest.js (manifest.xml rewritten for PROD_URL). */
export declare function productionUrl(raw: string): string;
export declare function productionManifest(xml: string, prodUrl: string): string;
