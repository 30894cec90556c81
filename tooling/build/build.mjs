// Builds the fazhi CLI into plain JavaScript: packages/cli/dist/ (run by `pnpm install` and `pnpm build`).
//   dist/bin.js               the `fazhi` command
//   dist/report-worker.js     the engine's worker, dist/worker.js piscina's own worker (piscina finds it beside itself)
//   dist/plugin-hooks.js      module hooks that compile a user's TypeScript plugin on demand
//   dist/synckit-worker.js    recheck's worker (the regex safety check of declarative rules)
//   dist/plugins/@fazhi/<p>/  the rule packages fazhi ships, as package folders (index.js, package.json, data)
//   dist/pdfjs/               pdfjs-dist's legacy builds with their cmaps and fonts, loaded only for PDFs
//   dist/*-<hash>.js          chunks shared by these (code splitting: a command loads only what it uses)
// Everything is bundled: the packed CLI (`pnpm pack` in packages/cli) installs with no dependencies.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// Run under tsx (`node --import tsx`): the shipped plugins' source hash comes from the engine's own function.
import { sha256PluginFiles } from "../../packages/engine/src/config/resolve-plugins.ts";
import { configJsonSchema } from "../../packages/engine/src/config/schema.ts";
import { ruleFileJsonSchema } from "../../packages/declarative/src/schema.ts";
import { createAjv, schemaKey } from "../../packages/user-files/src/index.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(root, "packages/cli");
const dist = join(cli, "dist");
const version = JSON.parse(readFileSync(join(cli, "package.json"), "utf8")).version;

/** The packages shipped as plugin folders: every rule package, and rule-kit for plugins that import it. */
const SHIPPED = ["rules/recommended", "rules/outline", "rules/indicators", "rules/consistency", "rules/disclosure", "rules/example-plugin", "rules/example-declarative", "packages/rule-kit"];

const started = performance.now();
rmSync(dist, { recursive: true, force: true });

const fromEngine = createRequire(join(root, "packages/engine/package.json"));
const fromDeclarative = createRequire(join(root, "packages/declarative/package.json"));
const entryPoints = [
  { in: join(cli, "src/bin.ts"), out: "bin" },
  { in: join(root, "packages/engine/src/worker.ts"), out: "report-worker" },
  { in: join(dirname(fromEngine.resolve("piscina")), "worker.js"), out: "worker" },
  { in: join(root, "packages/engine/src/config/plugin-hooks.ts"), out: "plugin-hooks" },
  // recheck (declarative's regex safety check) runs this file in a worker, found with require.resolve beside itself.
  { in: join(dirname(fromDeclarative.resolve("recheck")), "lib/synckit-worker.js"), out: "synckit-worker" },
];
const shipped = [];
for (const dir of SHIPPED) {
  const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  const exported = typeof manifest.exports === "string" ? manifest.exports : manifest.exports?.["."];
  shipped.push({ dir, manifest, entry: exported ? join(root, dir, exported) : null });
  if (exported) entryPoints.push({ in: join(root, dir, exported), out: `plugins/${manifest.name}/index` });
}

// Validators compiled ahead of time (ajv standalone code): fazhi's own schemas and the shipped rules' option
// schemas, keyed as packages/user-files/src/precompiled.ts looks them up; the bundle gets this in its place.
const precompiledFile = join(root, "packages/user-files/src/precompiled.ts");
const precompiled = await precompiledValidators();
const precompile = {
  name: "fazhi-precompiled-validators",
  setup(b) {
    b.onLoad({ filter: /[\\/]user-files[\\/]src[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: "js", resolveDir: dirname(precompiledFile) }));
  },
};

await build({
  entryPoints,
  plugins: [precompile],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "[name]-[hash]",
  // ink's devtools integration (loaded only with DEV=true) and piscina's optional thread priority: not shipped.
  external: ["react-devtools-core", "@napi-rs/nice"],
  define: { __FAZHI_BUNDLE__: "true", __FAZHI_VERSION__: JSON.stringify(version), "process.env.NODE_ENV": '"production"' },
  // CommonJS dependencies bundled into ES modules still ask for require, __filename and __dirname.
  banner: {
    js: [
      'import { createRequire as __fazhiCreateRequire } from "node:module";',
      'import { fileURLToPath as __fazhiFileURLToPath } from "node:url";',
      'import { dirname as __fazhiDirname } from "node:path";',
      "const require = __fazhiCreateRequire(import.meta.url);",
      "const __filename = __fazhiFileURLToPath(import.meta.url);",
      "const __dirname = __fazhiDirname(__filename);",
    ].join(" "),
  },
  legalComments: "none",
  logLevel: "warning",
});

for (const { dir, manifest, entry } of shipped) {
  const target = join(dist, "plugins", manifest.name);
  mkdirSync(target, { recursive: true });
  // Data folders a plugin reads at run time (declarative rules), and its README.
  for (const name of readdirSync(join(root, dir))) {
    const from = join(root, dir, name);
    if (["src", "node_modules", "package.json", "tsconfig.json"].includes(name) || name.startsWith(".")) continue;
    cpSync(from, join(target, name), { recursive: true });
  }
  // The hash the engine computes over this package's source, so a result's scheme hash is the same compiled or not.
  const out = { name: manifest.name, version: manifest.version, type: "module", description: manifest.description, fazhiSourceSha256: entry ? sha256PluginFiles(join(root, dir), entry) : undefined };
  if (entry) out.exports = { ".": "./index.js" };
  writeFileSync(join(target, "package.json"), JSON.stringify(out, null, 2) + "\n");
}

// opencc-js's CommonJS build, which packages/core/src/simplify.ts requires only for a text it would change.
cpSync(createRequire(join(root, "packages/core/package.json")).resolve("opencc-js/t2cn"), join(dist, "opencc-t2cn.cjs"));

const pdfjs = dirname(createRequire(join(root, "packages/readers/package.json")).resolve("pdfjs-dist/package.json"));
mkdirSync(join(dist, "pdfjs"), { recursive: true });
for (const file of ["pdf.min.mjs", "pdf.worker.min.mjs"]) cpSync(join(pdfjs, "legacy/build", file), join(dist, "pdfjs", file));
for (const folder of ["cmaps", "standard_fonts"]) cpSync(join(pdfjs, folder), join(dist, "pdfjs", folder), { recursive: true });

async function precompiledValidators() {
  const standaloneCode = createRequire(join(root, "packages/user-files/package.json"))("ajv/dist/standalone").default;
  const schemas = new Map([[schemaKey(configJsonSchema), configJsonSchema], [schemaKey(ruleFileJsonSchema), ruleFileJsonSchema]]);
  for (const { entry } of shipped) {
    if (!entry) continue;
    const plugin = (await import(entry)).default;
    for (const rule of Object.values(plugin?.rules ?? {})) if (rule.meta?.schema) schemas.set(schemaKey(rule.meta.schema), rule.meta.schema);
  }
  // One instance that checks every schema against the meta-schema: a broken schema fails the build.
  const ajv = createAjv({ source: true });
  const exports = {};
  for (const [key, schema] of schemas) {
    ajv.addSchema(schema, `k${key}`);
    exports[`k${key}`] = `k${key}`;
  }
  const code = standaloneCode(ajv, exports);
  const table = [...schemas.keys()].map((key) => `${JSON.stringify(key)}: k${key}`).join(", ");
  return `${code}\nexport const PRECOMPILED = { ${table} };\n`;
}

const bytes = (function size(p) {
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((t, n) => t + size(join(p, n)), 0) : s.size;
})(dist);
console.error(`fazhi ${version} built into ${relative(process.cwd(), dist) || "."}/ (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (!existsSync(join(dist, "bin.js"))) process.exit(1);
