/** Config and scoring-scheme loading: `fazhi.config.yaml` (or .yml / .json) → a validated ResolvedConfig. */
export { configJsonSchema } from "./schema.js";
export { loadConfig, type LoadConfigOptions } from "./load.js";
export { findConfigFile, CONFIG_FILE_NAMES } from "./find-config.js";
export { canonicalJson } from "./hash.js";
