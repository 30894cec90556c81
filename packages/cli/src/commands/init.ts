import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { configJsonSchema } from "@fazhi/engine";
import { recommendedScheme } from "@fazhi/rules-recommended";
import { stringify } from "yaml";
import type { Lang } from "../i18n.js";
import { shippedPackageDir } from "../config.js";
import { EXIT, invokedAs, UsageError, type CliIO } from "../io.js";
import { padEnd, stringWidth } from "../tui/layout.js";

export const INIT_HELP = {
  zh: `用法: fazhi init [--recommended] [--force]

在当前文件夹生成一套可以直接修改的起步文件：
  fazhi.config.yaml            带注释的配置（启用的规则、评分方案、等级、排名方式）
  fazhi.config.schema.json     配置的 JSON Schema，编辑器（如 VS Code）据此提示和校验
  rules/*.yaml                 两条示例声明式规则（不需要会编程，照着改即可）
  plugins/my-plugin.ts         一个示例代码插件（一条规则）

已有同名文件时不会覆盖，除非加 --force。生成后可运行 fazhi rules lint 检查、fazhi score 报告文件夹/ 评分。

选项:
  --recommended        配置从推荐评分方案出发：写入它的完整评分部分（类别、检查、权重、分档），直接改数字即可
  --force              覆盖已有的同名文件
  --lang zh|en         提示语言
  -h, --help           显示本帮助
`,
  en: `Usage: fazhi init [--recommended] [--force]

Writes starter files into this folder, ready to edit:
  fazhi.config.yaml            a commented config (enabled rules, scoring scheme, grades, ranking)
  fazhi.config.schema.json     the config's JSON Schema, for completion and checks in editors such as VS Code
  rules/*.yaml                 two sample declarative rules (no programming needed)
  plugins/my-plugin.ts         a sample code plugin (one rule)

Existing files are never overwritten without --force. Then run fazhi rules lint, and fazhi score reports/.

Options:
  --recommended        start from the recommended scheme: its whole scoring part (categories, checks,
                       weights, bands) is written out, ready to edit
  --force              overwrite existing files
  --lang zh|en         language of messages
  -h, --help           show this help
`,
};

/**
 * A config that extends the recommended scheme and spells out its whole scoring part: a `scoring` block
 * replaces the preset's, so a copy is what lets staff change one weight by editing one number.
 */
function recommendedConfig(): string {
  const ours = {
    ...(recommendedScheme.scoring as Record<string, unknown>),
    id: "my-office",
    version: "1",
    title: { zh: "本单位评分方案（基于 fazhi 推荐方案）", en: "Our scheme (based on the fazhi recommended scheme)" },
  };
  const scoring = stringify({ scoring: ours }, { lineWidth: 0, flowCollectionPadding: true });
  return `# yaml-language-server: $schema=./fazhi.config.schema.json
#
# fazhi 配置（fazhi init --recommended 生成）：从推荐评分方案出发。下面的 scoring 是推荐方案评分部分的完整副本，
# 直接改权重（weight）、分档（bands）或等级（grades）的数字即可；每个权重的理由见 rules/recommended/README.md。
# 改完运行 fazhi rules lint 检查，再用 fazhi score 报告文件夹/ 评分。
# fazhi config (fazhi init --recommended): the recommended scheme, with its whole scoring part copied below —
# edit any weight, band or grade. Check with: fazhi rules lint.

plugins:
  - "@fazhi/rules-recommended"
  - ./plugins/my-plugin.ts
extends:
  - recommended/default

# 自己的声明式规则（每个 .yaml 一条）；要计分，把它加到下面某个类别的 checks 里。
# Your declarative rules; to score one, add it to a category's checks below.
rulesDir: ./rules

${scoring}`;
}

/** The sample YAML rules copied from the worked declarative pack. */
const SAMPLE_RULES = ["no-placeholders.yaml", "four-personally.yaml"];

const CONFIG = `# yaml-language-server: $schema=./fazhi.config.schema.json
#
# fazhi 配置文件（由 fazhi init 生成）。改完后运行 fazhi rules lint 检查，再用 fazhi score 报告文件夹/ 评分。
# fazhi config (written by fazhi init). After editing, check it with \`fazhi rules lint\`.
# 每个字段的说明：fazhi schema config，或在编辑器中把鼠标停在字段上。

# 代码插件：相对本文件的路径，或已安装的包名（如 "@fazhi/rules-recommended"）。
# Code plugins: paths relative to this file, or installed package names.
plugins:
  - ./plugins/my-plugin.ts

# 声明式规则所在的文件夹：其中每个 .yaml 文件是一条规则（fazhi rules test 运行它们自带的例子）。
# Folder of declarative rules: one rule per .yaml file.
rulesDir: ./rules

# 规则级别：off 不运行，info 提示，warn 警告，error 错误（有 error 级问题时 fazhi score 以退出码 1 结束）。
# Rule levels: off, info, warn, error (error-level findings make \`fazhi score\` exit 1).
rules:
  my/next-year-plan: warn
  myoffice/four-personally: warn
  myoffice/no-placeholders: error

# 评分方案：类别按权重加权平均得到 0–100 的总分；每个类别内的检查也按权重加权平均。
# Scoring: the total (0–100) is the weighted mean of the categories; each category the weighted mean of its checks.
scoring:
  title:
    zh: 本单位评分方案
    en: Our scoring scheme
  categories:
    - id: content
      title:
        zh: 内容完整
        en: Content
      weight: 60
      checks:
        - rule: myoffice/four-personally
          weight: 1
        - rule: my/next-year-plan
          weight: 1
    - id: publication
      title:
        zh: 规范公开
        en: Publication
      weight: 40
      checks:
        - rule: myoffice/no-placeholders
          weight: 1
  # 等级：总分达到 min（含）即为该等级。Grades: a total at or above min.
  grades:
    - { name: 优秀, min: 90 }
    - { name: 良好, min: 80 }
    - { name: 合格, min: 60 }
    - { name: 不合格, min: 0 }
  # 排名：只在同一分组内比较（默认按层级，乡镇不与县区比）；加上 reportYear 则每年单独排名。
  # Ranking: only within a cohort (default by level); add reportYear to rank each year apart.
  ranking:
    cohortBy: [level]
`;

const PLUGIN = `/**
 * 示例代码插件（由 fazhi init 生成）：一条规则，检查报告是否写了下一年度的工作安排。
 * 规则编号是“命名空间/规则名”，这里是 my/next-year-plan；在 fazhi.config.yaml 的 rules 和 scoring 中引用。
 *
 * Sample code plugin (written by fazhi init): one rule, checking that the report sets out next year's plans.
 * Its id is namespace/name: my/next-year-plan, used in fazhi.config.yaml under rules and scoring.
 *
 * 这里导出的是一个普通对象，运行时不需要安装任何包；\`import type\` 只给编辑器提供类型提示
 * （在本文件夹 npm install @fazhi/rule-kit 后生效，届时也可以改用 definePlugin / defineRule 包一层）。
 * The export is a plain object, so nothing must be installed to run it; the \`import type\` only gives editors
 * types (after \`npm install @fazhi/rule-kit\` here, when definePlugin/defineRule can wrap it too).
 */
import type { Plugin } from "@fazhi/rule-kit";

/** 写到这些说法之一，就算写了下一年度安排。 Any of these phrases counts as next year's plans. */
const PLAN_PHRASES = ["下一步", "下一年度", "明年", "工作打算", "工作安排", "工作计划"];

const plugin: Plugin = {
  meta: { name: "my-plugin", version: "1.0.0", namespace: "my" },
  rules: {
    "next-year-plan": {
      meta: {
        id: "next-year-plan",
        type: "structure",
        title: { zh: "写明下一年度工作安排", en: "Next year's plans are set out" },
        description: {
          zh: "年度报告应当写明下一年度推进法治政府建设的主要安排。",
          en: "An annual report should set out the main plans for the next year.",
        },
        messages: {
          absent: { zh: "报告没有写到下一年度的工作安排（如“下一步”“下一年度”“工作打算”）。", en: "The report does not set out next year's plans." },
        },
        version: "1.0.0",
      },
      // 只有访问器、没有 evaluate 的规则：没有问题得 1 分，有问题得 0 分。
      // A visitor-only rule: no finding scores 1, any finding scores 0.
      create(context) {
        return {
          "report:exit"() {
            if (context.query.findPhrases(PLAN_PHRASES).length === 0) context.report({ messageId: "absent" });
          },
        };
      },
    },
  },
};

export default plugin;
`;

export async function runInit(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      force: { type: "boolean", default: false },
      recommended: { type: "boolean", default: false },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP[lang]);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError({ zh: `init 不接受参数（收到“${positionals[0]}”）；它写入当前文件夹。`, en: `init takes no arguments (got "${positionals[0]}"); it writes into the current folder.` });
  }
  const rulesSource = join(shippedPackageDir("@fazhi/rules-example-declarative"), "rules");
  const files: Array<[string, string]> = [
    ["fazhi.config.yaml", values.recommended ? recommendedConfig() : CONFIG],
    ["fazhi.config.schema.json", JSON.stringify(configJsonSchema, null, 2) + "\n"],
    ...SAMPLE_RULES.map((name): [string, string] => [`rules/${name}`, readFileSync(join(rulesSource, name), "utf8")]),
    ["plugins/my-plugin.ts", PLUGIN],
  ];
  const existing = files.map(([name]) => name).filter((name) => existsSync(resolve(io.cwd, name)));
  const fazhi = invokedAs(io.env);
  if (existing.length > 0 && !values.force) {
    io.stderr(
      lang === "zh"
        ? `✖ 这些文件已经存在，没有改动任何文件：\n${existing.map((f) => `  ${f}`).join("\n")}\n要覆盖它们，请运行 ${fazhi} init --force。\n`
        : `✖ These files already exist; nothing was changed:\n${existing.map((f) => `  ${f}`).join("\n")}\nTo overwrite them, run ${fazhi} init --force.\n`,
    );
    return EXIT.usage;
  }
  for (const [name, content] of files) {
    const path = resolve(io.cwd, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const list = files.map(([name]) => `  ${existing.includes(name) ? (lang === "zh" ? "覆盖" : "overwrote") : lang === "zh" ? "新建" : "created"} ${name}`).join("\n");
  const zh = lang === "zh";
  const steps: Array<[string, string]> = [
    [`${fazhi} rules lint`, zh ? "检查配置和规则" : "check the config and rules"],
    [`${fazhi} rules test`, zh ? "运行规则自带的例子" : "run the rules' own examples"],
    [`${fazhi} score ${zh ? "报告文件夹/" : "reports/"}`, zh ? "评分并排名" : "score and rank"],
  ];
  const width = Math.max(...steps.map(([c]) => stringWidth(c))) + 2;
  const next = steps.map(([command, what]) => `  ${padEnd(command, width)}${what}`).join("\n");
  io.stdout(zh ? `已生成：\n${list}\n\n下一步：\n${next}\n` : `Written:\n${list}\n\nNext:\n${next}\n`);
  return EXIT.ok;
}
