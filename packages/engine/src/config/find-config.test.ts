import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findConfigFile } from "./index.js";
import { removeTempDirs, tempDir, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

describe("findConfigFile", () => {
  it("walks up from cwd to the nearest folder with a config", () => {
    const root = tempDir();
    const config = write(root, "office/fazhi.config.yml", "rules: {}\n");
    write(root, "office/2025/reports/a.txt", "");
    expect(findConfigFile(join(root, "office/2025/reports"))).toBe(config);
    expect(findConfigFile(join(root, "office"))).toBe(config);
  });

  it("prefers .yaml, then .yml, then .json in one folder, and the nearest folder over a parent", () => {
    const root = tempDir();
    write(root, "fazhi.config.json", "{}");
    expect(findConfigFile(root)).toBe(join(root, "fazhi.config.json"));
    write(root, "fazhi.config.yml", "");
    expect(findConfigFile(root)).toBe(join(root, "fazhi.config.yml"));
    write(root, "fazhi.config.yaml", "");
    expect(findConfigFile(root)).toBe(join(root, "fazhi.config.yaml"));
    const nested = write(root, "sub/fazhi.config.json", "{}");
    expect(findConfigFile(join(root, "sub"))).toBe(nested);
  });

  it("returns null when there is none up to the root", () => {
    const root = tempDir();
    // a temp folder has no config above it on a clean machine; guard in case one exists
    const above = findConfigFile(join(root, ".."));
    expect(findConfigFile(root)).toBe(above);
    if (above === null) expect(findConfigFile(root)).toBeNull();
  });
});
