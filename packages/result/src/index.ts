export * from "./schema.js";
export * from "./views.js";
export { JsonItems, JsonText, prettyJsonChunks, reindent, resultJsonChunks, writePieces } from "./json-stream.js";
export { cohortTitle, LEVEL_NAMES, levelLabel, lineLabel } from "./labels.js";
export { categoryColumns, type CategoryColumn } from "./columns.js";
export { cohortTables, UNGROUPED_KEY, UNGROUPED_TITLE, type CohortTable, type RankFlag, type TableRow } from "./tables.js";
export type { Localized } from "@fazhi/core";
