import { yearIn } from "./packages/core/src/meta/year.ts";
console.log(yearIn("2023年,白甸镇", 12), yearIn("关于2022年法治政府建设情况的报告"));
