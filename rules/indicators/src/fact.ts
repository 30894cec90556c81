import { defineFact } from "@fazhi/rule-kit";
import { extractIndicators } from "./extract.js";
import type { IndicatorsFact } from "./types.js";

/** Fact id. Engine convention: a fact named `indicators` becomes the report's `indicators` section (its `result`). */
export const INDICATORS = "indicators";

/** Every indicator of the catalogue found in the report, with evidence and basis; computed once per report. */
export const indicatorsFact = defineFact<IndicatorsFact>({
  version: "1.0.0",
  compute({ model }) {
    return extractIndicators(model);
  },
});
