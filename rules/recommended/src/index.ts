import { definePlugin } from "@fazhi/rule-kit";
import { recommendedScheme } from "./scheme.js";

/** The default scheme as a preset: `extends: ["recommended/default"]` with this plugin loaded. */
export default definePlugin({
  meta: { name: "@fazhi/rules-recommended", version: "1.0.0", namespace: "recommended" },
  rules: {},
  presets: { default: recommendedScheme },
});

export { recommendedScheme };
