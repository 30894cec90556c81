export { detectChrome, chromeKind } from "./chrome.js";
export { extractMeta } from "./metadata.js";
