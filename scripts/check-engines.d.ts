/** Types for scripts/check-engines.js (package.json's engines, checked with one line of output). */
export declare const ENGINES: { node: string; npm: string };
export declare function atLeast(version: string, bound: string): boolean;
export declare function nodeProblem(nodeVersion: string): string | null;
export declare function npmProblem(npmVersion: string | null): string | null;
export declare const LOCKFILE_NPM: string;
export declare function lockfileNote(npmVersion: string | null): string | null;
