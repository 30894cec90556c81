import { fileURLToPath } from "node:url";

declare const __FAZHI_BUNDLE__: boolean | undefined;
declare const __FAZHI_VERSION__: string | undefined;

/**
 * True when running from the compiled CLI (`packages/cli/dist`, built by tooling/build), false when running
 * from source under tsx or vitest. The build defines `__FAZHI_BUNDLE__`; source never does.
 */
export const BUNDLED: boolean = typeof __FAZHI_BUNDLE__ !== "undefined" && __FAZHI_BUNDLE__ === true;

/** The CLI's version built into the compiled CLI (from packages/cli/package.json); null from source. */
export const BUNDLE_VERSION: string | null = typeof __FAZHI_VERSION__ === "string" ? __FAZHI_VERSION__ : null;

/**
 * A path beside the compiled CLI's files (`dist/<relative>`): its assets and its shipped plugins. Every
 * chunk of the bundle sits in `dist/` itself, so this module's URL names that folder. Only meaningful when
 * `BUNDLED`.
 */
export function bundlePath(relative: string): string {
  return fileURLToPath(new URL(`./${relative}`, import.meta.url));
}
