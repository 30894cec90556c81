import { didYouMean, validateUserData, type LocatedFile, type UserFileError } from "@fazhi/user-files";
import { at, errorAt, isRecord, listOf, presetLocation, type Where } from "./located.js";
import type { PluginRegistry } from "./resolve-plugins.js";
import { mayBeUnloaded } from "./rule-catalogue.js";
import { configJsonSchema } from "./schema.js";

/**
 * One source of configuration: the config file, or a preset it (or another preset) extends. Layers are merged
 * in order: each preset's own `extends` first, then the preset, … and the config file last.
 */
export interface ConfigLayer {
  /** "fazhi.config.yaml" or "preset example/recommended", for messages. */
  label: string;
  data: Record<string, unknown>;
  /** Where `data` is: the file and the path of the layer's object inside it. */
  where: Where;
  /** Folder that this layer's `plugins` and `rulesDir` resolve against. */
  baseDir: string;
}

/** The config file as a layer, after checking its shape (an empty file is an empty config). */
export function fileLayer(located: LocatedFile, baseDir: string, errors: UserFileError[]): ConfigLayer {
  const data = located.data ?? {};
  errors.push(...validateUserData(located, configJsonSchema, [], data));
  return { label: located.file, data: isRecord(data) ? data : {}, where: { located, path: [] }, baseDir };
}

/**
 * Load the plugins of `layer`, then expand its `extends` depth-first into the ordered list of layers to merge.
 * Presets come from plugins loaded so far (this layer's or an enclosing one's). A cycle is an error.
 */
export async function expandLayers(layer: ConfigLayer, registry: PluginRegistry, errors: UserFileError[], chain: string[] = []): Promise<ConfigLayer[]> {
  for (const { value, index } of listOf(layer.data.plugins)) {
    const where = index === null ? at(layer.where, "plugins") : at(layer.where, "plugins", index);
    await registry.load(value, layer.baseDir, where, errors);
  }
  const layers: ConfigLayer[] = [];
  for (const { value: presetId, index } of listOf(layer.data.extends)) {
    const where = index === null ? at(layer.where, "extends") : at(layer.where, "extends", index);
    const preset = findPreset(presetId, registry, where, errors);
    if (!preset) continue;
    if (chain.includes(presetId)) {
      const cycle = [...chain.slice(chain.indexOf(presetId)), presetId].join(" → ");
      errors.push(
        errorAt(where, {
          zh: `预设循环继承：${cycle}。请去掉其中一处 extends`,
          en: `Presets extend each other in a cycle: ${cycle}. Remove one of these extends`,
        }),
      );
      continue;
    }
    const located = presetLocation(preset.pluginPath, preset.name, preset.data);
    const presetWhere: Where = { located, path: ["presets", preset.name] };
    errors.push(...validateUserData(located, configJsonSchema, presetWhere.path, preset.data));
    const presetLayer: ConfigLayer = { label: `preset ${presetId}`, data: isRecord(preset.data) ? preset.data : {}, where: presetWhere, baseDir: preset.pluginDir };
    layers.push(...(await expandLayers(presetLayer, registry, errors, [...chain, presetId])));
  }
  layers.push(layer);
  return layers;
}

interface FoundPreset {
  name: string;
  data: unknown;
  pluginPath: string;
  pluginDir: string;
}

function findPreset(presetId: string, registry: PluginRegistry, where: Where, errors: UserFileError[]): FoundPreset | null {
  const slash = presetId.indexOf("/");
  const namespace = slash > 0 ? presetId.slice(0, slash) : "";
  const name = slash > 0 ? presetId.slice(slash + 1) : presetId;
  const record = registry.byNamespace(namespace);
  const presets = record?.plugin.presets ?? {};
  if (record && Object.hasOwn(presets, name)) return { name, data: presets[name], pluginPath: record.path, pluginDir: record.dir };
  // A plugin that failed to load (already reported) may be the one that defines it: no second error.
  const loadedNamespaces = new Set(registry.records.map((r) => r.plugin.meta.namespace));
  if (mayBeUnloaded(presetId, { ruleIds: new Set(), anyNamespace: registry.failed > 0 }, loadedNamespaces)) return null;

  const known = registry.records.flatMap((r) => Object.keys(r.plugin.presets ?? {}).map((p) => `${r.plugin.meta.namespace}/${p}`));
  const suggestion = didYouMean(presetId, known);
  const hint = suggestion
    ? { zh: `是不是“${suggestion}”？`, en: `Did you mean "${suggestion}"?` }
    : known.length > 0
      ? { zh: `已加载的预设：${known.join("、")}`, en: `Loaded presets: ${known.join(", ")}` }
      : { zh: "目前没有加载任何带预设的插件", en: "No loaded plugin has presets" };
  const why =
    slash <= 0
      ? { zh: `预设应写成“命名空间/预设名”，如 example/recommended`, en: `write a preset as "namespace/preset", e.g. example/recommended` }
      : !record
        ? { zh: `没有加载命名空间为“${namespace}”的插件，请把它加入 plugins`, en: `no plugin with namespace "${namespace}" is loaded; add it to plugins` }
        : { zh: `插件 ${record.plugin.meta.name} 没有名为“${name}”的预设`, en: `plugin ${record.plugin.meta.name} has no preset "${name}"` };
  errors.push(
    errorAt(where, { zh: `找不到预设“${presetId}”：${why.zh}。${hint.zh}`, en: `Preset "${presetId}" not found: ${why.en}. ${hint.en}` }, { suggestion }),
  );
  return null;
}
