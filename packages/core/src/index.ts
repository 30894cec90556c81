export * from "./model.js";
export * from "./text.js";
export * from "./context.js";
export { foldedTextOf, parseDocument, parseText } from "./parse.js";
export { checkModelInvariants } from "./invariants.js";
export { flattenHeadings } from "./structure/index.js";
export * from "./reading/index.js";
