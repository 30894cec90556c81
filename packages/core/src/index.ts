export * from "./model.js";
export * from "./text.js";
export * from "./context.js";
