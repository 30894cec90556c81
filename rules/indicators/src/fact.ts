import { defineFact } from "@fazhi/rule-kit";
import { extractIndicators } from "./extract.js";
import type { IndicatorsFact } from "./types.js";

/** Fact id. */
export const INDICATORS = "indicators";

/** Every indicator of the catalogue found in the report, with evidence and basis; computed once per report. */
export const indicatorsFact = defineFact<IndicatorsFact>({
  version: "1.0.0",
  // Its `result` is the report's indicators section.
  fills: "indicators",
  compute({ model }) {
    return extractIndicators(model);
  },
});
