/** Types for scripts/addin-files.js (a CommonJS module shared by webpack.config.js and the tests). */
export declare const DEV_ORIGIN: string;
export declare const ENTRIES: Readonly<Record<"functions" | "commands" | "taskpane", string>>;
export declare const PAGE: Readonly<{ file: string; template: string; chunks: readonly string[] }>;
export declare const FUNCTIONS_SOURCE: string;
export declare const FUNCTIONS_METADATA: string;
export declare const MANIFEST: string;
export declare const ICONS: Readonly<Record<"icon" | "register" | "due" | "audit", readonly number[]>>;
export declare const ICON_SIZES: readonly number[];
export declare function iconFile(size: number, name?: string): string;
export declare function iconFiles(): string[];
export declare const SUPPORT_PAGE: Readonly<{ file: string; source: string }>;
export declare function emittedFiles(): string[];
