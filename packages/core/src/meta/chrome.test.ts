import { describe, expect, it } from "vitest";
import { contextFromText } from "../context.js";
import { chromeKind, detectChrome } from "./chrome.js";

/** Lines of `text` (1-based) that detectChrome returns. */
function chromeOf(text: string, readerChrome?: number[]): number[] {
  return detectChrome(contextFromText(text, "<test>", readerChrome));
}
const fold = (s: string) => contextFromText(s).folded;

describe("detectChrome: kinds of page furniture", () => {
  it("pipe-table metadata rows with spaced labels", () => {
    expect(chromeKind(fold("索 引 号 | 011043217/2023-07888 | 发布机构 | 鲁山县人民政府 |"))).toBe("metadata");
    expect(chromeKind(fold("| 成 文 日 期 | 2023-03-20 | 发布 日期 | 2023-03-28 |"))).toBe("metadata");
  });

  it("bracket rows (printed twice on many sites)", () => {
    const row = "[ 索引号 ] 11320000/2024-00056 [ 主题分类 ] 综合政务 [ 发布机构 ] 苏州市人民政府";
    expect(chromeOf(`${row}\n${row}\n苏州市2023年法治政府建设工作报告`)).toEqual([1, 2]);
  });

  it("bullet rows with labels and values misaligned", () => {
    expect(chromeKind(fold("• 索引号 • lsx31/2025-00001 • 关键词 • 主题分类 • 法治政府建设"))).toBe("metadata");
  });

  it("label lines (文件编号, 来源 + 更新時間 in Traditional)", () => {
    expect(chromeKind(fold("文件编号: 武政发〔2021〕7号 发布机构: 政府办"))).toBe("metadata");
    expect(chromeKind(fold("來源:市司法局 更新時間:2024-02-27"))).toBe("metadata");
  });

  it("breadcrumbs", () => {
    expect(chromeKind(fold("首页 > 专题专栏 > 2023年专题内容 > 法治政府建设年度报告"))).toBe("breadcrumb");
    expect(chromeKind(fold("当前位置: 首页 > 政务公开 > 法定主动公开内容"))).toBe("breadcrumb");
    expect(chromeKind(fold("您现在的位置：首页 » 信息公开"))).toBe("breadcrumb");
  });

  it("menus", () => {
    expect(chromeKind(fold("首页 政务公开 渝快办 互动交流"))).toBe("menu");
    expect(chromeKind(fold("打印 下载"))).toBe("menu");
    expect(chromeKind(fold("Menu"))).toBe("menu");
    expect(chromeKind(fold("English"))).toBe("menu");
  });

  it("a mirror's page-title lines: an encyclopedia lead about the page, a number glued to the title", () => {
    expect(chromeKind(fold("《青河县2022年法治建设情况汇报》是青河县人民政府于2023年春公布的年度报告。"))).toBe("page-title");
    expect(chromeKind(fold("青政〔2023〕8号《青河县人民政府关于2022年度法治政府建设情况的报告》"))).toBe("page-title");
    // The report's own lines: the title alone, the number alone, a sentence citing a document.
    expect(chromeKind(fold("青河县人民政府关于2022年度法治政府建设情况的报告"))).toBeNull();
    expect(chromeKind(fold("青政〔2023〕8号"))).toBeNull();
    expect(chromeKind(fold("《青河县法治政府建设实施方案》是我县印发的第一个五年方案,为全县法治建设定了方向。"))).toBeNull();
  });

  it("share bars, widgets and footers", () => {
    for (const line of [
      "扫一扫在手机打开当前页",
      "字体:【大 中 小】 打印本页 关闭窗口",
      "无障碍浏览 长者模式",
      "相关阅读:",
      "CopyRight © 2023 鲁山县人民政府 All Rights Reserved",
      "豫ICP备05001234号 豫公网安备41042302000001号",
      "相關詞條 熱門詞條 聯絡我們",
    ]) {
      expect(chromeKind(fold(line)), line).not.toBeNull();
    }
  });

  it("date widgets and site-name + 时间/来源 lines", () => {
    expect(chromeKind(fold("今天是:2019年10月31日 星期三"))).not.toBeNull();
    expect(chromeKind(fold("天津市静海区人民政府 2019年12月3日星期二"))).toBe("date-widget");
    expect(chromeKind(fold("信阳市人民政府门户网站 www.xinyang.gov.cn 时间:2023-03-07 来源:商城县人民政府"))).toBe("metadata");
  });

  it("report lines are never chrome", () => {
    for (const line of [
      "鲁山县人民政府关于2022年度法治政府建设情况的报告",
      "平顶山市人民政府:",
      "鲁政文〔2023〕15号",
      "2022年,我县坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。",
      "一、主要举措和成效",
      "(一)完善组织领导体系",
      "鲁山县人民政府",
      "2023年3月20日",
      "(此件公开发布)",
      "今天是全国宪法日,我镇组织干部群众开展宪法宣传活动,发放资料2000余份,受教育群众达5000人次。",
    ]) {
      expect(chromeKind(fold(line)), line).toBeNull();
    }
  });
});

describe("detectChrome on a whole page", () => {
  const page = [
    "首页 > 政务公开 > 法治政府建设年度报告", // 1
    "", // 2
    "今天是:2019年10月31日 星期三", // 3
    "首页 政务公开 渝快办 互动交流", // 4
    "索 引 号 | 011043217/2023-07888 | 发布机构 | 鲁山县人民政府 |", // 5
    "成 文 日 期 | 2023-03-20 | 发布 日期 | 2023-03-28 |", // 6
    "字体:【大 中 小】", // 7
    "鲁山县人民政府关于2022年度法治政府建设情况的报告", // 8
    "鲁政文〔2023〕15号", // 9
    "平顶山市人民政府:", // 10
    "2022年,我县坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。现将有关情况报告如下:", // 11
    "一、主要举措和成效", // 12
    "(一)完善制度。按照《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》(国办发〔2018〕115号)要求,审核文件12件。", // 13
    "二、存在的不足和原因", // 14
    "法治工作队伍力量还比较薄弱,主要原因是专业人才引进不足。", // 15
    "   ", // 16
    "鲁山人民政府", // 17
    "2023年3月20日", // 18
    "扫一扫在手机打开当前页", // 19
    "打印 下载", // 20
    "CopyRight © 2023 鲁山县人民政府 All Rights Reserved", // 21
    "豫ICP备05001234号 豫公网安备41042302000001号", // 22
  ].join("\n");

  it("lists exactly the furniture lines", () => {
    expect(chromeOf(page)).toEqual([1, 3, 4, 5, 6, 7, 19, 20, 21, 22]);
  });

  it("keeps lines the reader marked and never lists blank lines", () => {
    expect(chromeOf(page, [2, 15, 16])).toEqual([1, 3, 4, 5, 6, 7, 15, 19, 20, 21, 22]);
  });

  it("a run of short bullet rows is a menu; a single bullet item in the body is not", () => {
    const menu = ["• 今天是", "  • 登录个人中心", "  • 繁體中文", "  • 走进武进", "  • 数据开放", "标题", "2020年,我区坚持依法行政,取得明显成效。", "• 加强组织领导"].join("\n");
    expect(chromeOf(menu)).toEqual([1, 2, 3, 4, 5]);
  });
});
