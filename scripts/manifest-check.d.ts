/** Types for scripts/manifest-check.js (offline checks of manifest.xml). */
export interface CheckOptions {
  /** The repository root: icon files are looked up below it. */
  rootDir: string;
  /** Every manifest URL must start with this origin, e.g. "https://localhost:3000". */
  origin: string;
  /** Paths (below the origin) that the build emits. */
  emittedFiles: readonly string[];
  /** The custom functions' script and metadata paths, e.g. "functions.js", "functions.json". */
  functionsScript: string;
  functionsMetadata: string;
  /** The custom functions' namespace, e.g. "KH". */
  namespace: string;
  /** The npm package's name, which ProviderName must not be; unchecked when absent. */
  packageName?: string;
  /** package.json's version, which <Version> must follow (scripts/manifest-version.js); unchecked when absent. */
  packageVersion?: string;
  /** The ExecuteFunction ids the ribbon commands register; unchecked when absent. */
  ribbonActions?: readonly string[];
}
export declare function checkManifest(xml: string, options: CheckOptions): string[];
export declare function projectOptions(rootDir: string): CheckOptions;
export declare function pngSize(file: string): { width: number; height: number } | null;
export declare const AUTO_SHOW_TASKPANE_ID: string;
export declare const SEQUENCES: Readonly<Record<string, readonly string[]>>;
