/** Types for scripts/manifest-version.js (manifest.xml's <Version> follows package.json's). */
export declare function manifestVersion(packageVersion: string): string;
export declare function withVersion(xml: string, version: string): string;
