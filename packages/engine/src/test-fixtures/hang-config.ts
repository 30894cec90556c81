/** The config workers import in the pool tests (`configModule`): a hanging rule beside an ordinary one. */
import { testConfig } from "./config.js";

export default testConfig({
  categories: [{ id: "main", checks: ["self-score", "hang", "no-draft"] }],
  hash: "hang-config",
});
