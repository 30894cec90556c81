import { definePlugin } from "@fazhi/rule-kit";
import { CHAR_COUNT, charCount } from "./char-count.js";
import { firstResponsibleMentioned } from "./first-responsible-mentioned.js";
import { headAppearanceRate } from "./head-appearance-rate.js";
import { minLength } from "./min-length.js";
import { recommended } from "./recommended.js";

/**
 * @fazhi/rules-example — a worked plugin in code. Rule ids are `example/<meta.id>`; the preset is
 * `example/recommended`. Copy this folder to start your own plugin (`fazhi init` does).
 */
export default definePlugin({
  meta: { name: "@fazhi/rules-example", version: "1.0.0", namespace: "example" },
  rules: {
    "first-responsible-mentioned": firstResponsibleMentioned,
    "head-appearance-rate": headAppearanceRate,
    "min-length": minLength,
  },
  facts: { [CHAR_COUNT]: charCount },
  presets: { recommended },
});

export { CHAR_COUNT, charCount, type CharCount } from "./char-count.js";
export { firstResponsibleMentioned } from "./first-responsible-mentioned.js";
export { headAppearanceRate } from "./head-appearance-rate.js";
export { minLength, type MinLengthOptions } from "./min-length.js";
export { recommended } from "./recommended.js";
