import { definePlugin } from "@fazhi/rule-kit";
import { departmentDisclosed } from "./department-disclosed.js";
import { recommendedScheme } from "./scheme.js";

/** The default scheme as a preset: `extends: ["recommended/default"]` with this plugin loaded. */
export default definePlugin({
  meta: { name: "@fazhi/rules-recommended", version: "1.0.0", namespace: "recommended" },
  rules: { "department-disclosed": departmentDisclosed },
  presets: { default: recommendedScheme },
});

export { recommendedScheme };
export { departmentDisclosed, DEPARTMENT_EXPECTED } from "./department-disclosed.js";
