export * from "./model.js";
export * from "./text.js";
export * from "./context.js";
export { foldedLinesOf, foldedTextOf, parseDocument, parseText, type FoldedLine } from "./parse.js";
export { checkModelInvariants } from "./invariants.js";
export { flattenHeadings } from "./structure/index.js";
export * from "./reading/index.js";
