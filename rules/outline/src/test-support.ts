/** Report openings shared by the rule tests (written for the tests). */
export const TITLE_2024 = "某县人民政府关于2024年度法治政府建设情况的报告\n市人民政府：\n现将我县2024年度法治政府建设情况报告如下。\n";
export const TITLE_2024_TRADITIONAL = "某市人民政府關於2024年度法治政府建設情況的報告\n省人民政府：\n現將我市2024年度法治政府建設情況報告如下。\n";
export const TITLE_2017 = "某县人民政府关于2017年度法治政府建设情况的报告\n市人民政府：\n";

/** A report with all four usual parts under their mandated headings (lines 4, 6, 8, 10). */
export const MANDATED_2024 =
  TITLE_2024 +
  "一、2024年度推进法治政府建设的主要举措和成效\n全县办理行政复议案件26件，纠错3件。\n" +
  "二、存在的不足和原因\n乡镇执法力量薄弱，究其原因，主要是编制调整尚未到位。\n" +
  "三、主要负责人履行推进法治建设第一责任人职责情况\n县长主持常务会议专题研究法治工作5次。\n" +
  "四、下一年度推进法治政府建设的主要安排\n深化行政执法体制改革。\n";
