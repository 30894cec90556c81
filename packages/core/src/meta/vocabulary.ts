/**
 * Vocabulary for page-chrome detection and metadata extraction. All entries are Simplified / half-width:
 * they are matched against `ctx.folded` (Traditional→Simplified, full-width→half-width), so a Traditional
 * page ("更新時間", "來源") matches the same entries.
 */

// ───────────────────────────── page chrome ─────────────────────────────

/** Phrases that make a short line page furniture wherever they appear in it. */
export const CHROME_PHRASES: readonly string[] = [
  "扫一扫在手机打开当前页",
  "扫一扫在手机上打开",
  "在手机打开当前页",
  "用手机扫描二维码",
  "手机扫一扫",
  "分享到",
  "相关阅读",
  "相关链接",
  "相关文章",
  "相关信息",
  "相关新闻",
  "相关文件",
  "相关解读",
  "上一篇",
  "下一篇",
  "打印本页",
  "打印此页",
  "关闭窗口",
  "关闭本页",
  "【打印】",
  "【关闭】",
  "【收藏】",
  "[打印]",
  "[关闭]",
  "加入收藏",
  "设为首页",
  "返回顶部",
  "返回首页",
  "copyright",
  "all rights reserved",
  "all right reserved",
  "版权所有",
  "icp备",
  "icp证",
  "公网安备",
  "网站标识码",
  "主办单位:",
  "承办单位:",
  "协办单位:",
  "技术支持:",
  "维护单位:",
  "联系我们",
  "网站地图",
  "站点地图",
  "无障碍浏览",
  "无障碍阅读",
  "长者模式",
  "关怀版",
  "适老化",
  "字体:",
  "字号:",
  "【大 中 小】",
  "【大中小】",
  "[大 中 小]",
  "浏览次数",
  "阅读次数",
  "点击次数",
  "点击数:",
  "访问量",
  "阅读量",
  "今天是",
  "登录个人中心",
  "智能问答",
  "移动端应用",
  "繁体中文",
  "繁體中文",
  "简体中文",
  "下载本信息公开文件",
  "相关词条",
  "热门词条",
  "联络我们",
  "免责声明",
  "隐私声明",
];

/** Tokens of navigation menus: a line made mostly of these (and other short tokens) is a menu. */
export const MENU_TOKENS: readonly string[] = [
  "首页",
  "网站首页",
  "政务公开",
  "政府信息公开",
  "信息公开",
  "政务动态",
  "政务服务",
  "办事服务",
  "服务大厅",
  "互动交流",
  "政民互动",
  "新闻中心",
  "新闻动态",
  "专题专栏",
  "数据开放",
  "政府数据",
  "走进",
  "魅力",
  "概况",
  "英文版",
  "english",
  "无障碍",
  "长者模式",
  "登录",
  "注册",
  "个人中心",
  "智能问答",
  "移动端",
  "渝快办",
  "打印",
  "下载",
  "关闭",
  "收藏",
  "分享",
  "微信",
  "微博",
  "繁体",
  "简体",
  "政策文件",
  "政策解读",
  "领导之窗",
  "机构职能",
  "通知公告",
  // A site's collapsed navigation button (matched case-insensitively, like "english").
  "menu",
];

/** Words that start a breadcrumb ("首页 > 专题专栏 > …", "当前位置: 首页 > …"). */
export const BREADCRUMB_STARTS: readonly string[] = ["首页", "网站首页", "当前位置", "您的位置", "您现在的位置", "所在位置", "当前的位置"];

/** Leading bullets of menu rows and bullet metadata rows. */
export const BULLETS = "•·▪◆◇■□●○►▶";

// ───────────────────────────── labelled fields ─────────────────────────────

/** What a metadata label means. */
export type FieldKind =
  | "index"
  | "title"
  | "category"
  | "keywords"
  | "documentNumber"
  | "publisher"
  | "source"
  | "signedDate"
  | "publishedDate"
  | "expiry"
  | "summary"
  | "validity"
  | "views"
  | "author"
  | "other";

/**
 * Metadata labels. `strong` labels are specific enough to count as a label with any separator (":", "|",
 * "]", "•" or just spaces); weak labels (时间, 来源, 日期, 作者…) are common words and count only with a colon.
 * Labels are written without spaces; matching allows spaces between their characters ("索 引 号", "发布 日期").
 */
export const FIELD_LABELS: readonly { label: string; kind: FieldKind; strong: boolean }[] = [
  { label: "索引号", kind: "index", strong: true },
  { label: "信息索引号", kind: "index", strong: true },
  { label: "信息名称", kind: "title", strong: true },
  { label: "文件名称", kind: "title", strong: true },
  { label: "主题分类", kind: "category", strong: true },
  { label: "体裁分类", kind: "category", strong: true },
  { label: "组配分类", kind: "category", strong: true },
  { label: "服务对象分类", kind: "category", strong: true },
  { label: "信息分类", kind: "category", strong: true },
  { label: "信息类别", kind: "category", strong: true },
  { label: "公文种类", kind: "category", strong: true },
  { label: "主题词", kind: "keywords", strong: true },
  { label: "关键词", kind: "keywords", strong: true },
  { label: "文件编号", kind: "documentNumber", strong: true },
  { label: "发文字号", kind: "documentNumber", strong: true },
  { label: "文号", kind: "documentNumber", strong: false },
  { label: "发布机构", kind: "publisher", strong: true },
  { label: "发文机关", kind: "publisher", strong: true },
  { label: "发文单位", kind: "publisher", strong: true },
  { label: "发布单位", kind: "publisher", strong: true },
  { label: "公开主体", kind: "publisher", strong: true },
  { label: "所属机构", kind: "publisher", strong: true },
  { label: "信息来源", kind: "source", strong: true },
  { label: "文章来源", kind: "source", strong: true },
  { label: "来源", kind: "source", strong: false },
  { label: "产生日期", kind: "signedDate", strong: true },
  { label: "成文日期", kind: "signedDate", strong: true },
  { label: "生成日期", kind: "signedDate", strong: true },
  { label: "印发日期", kind: "signedDate", strong: true },
  { label: "发布日期", kind: "publishedDate", strong: true },
  { label: "发布时间", kind: "publishedDate", strong: true },
  { label: "公开日期", kind: "publishedDate", strong: true },
  { label: "公开时间", kind: "publishedDate", strong: true },
  { label: "更新时间", kind: "publishedDate", strong: true },
  { label: "更新日期", kind: "publishedDate", strong: true },
  { label: "发表时间", kind: "publishedDate", strong: true },
  { label: "时间", kind: "publishedDate", strong: false },
  { label: "日期", kind: "publishedDate", strong: false },
  { label: "废止日期", kind: "expiry", strong: true },
  { label: "失效日期", kind: "expiry", strong: true },
  { label: "有效期", kind: "expiry", strong: true },
  { label: "生效日期", kind: "other", strong: true },
  { label: "有效性", kind: "validity", strong: true },
  { label: "效力状态", kind: "validity", strong: true },
  { label: "时效", kind: "validity", strong: false },
  { label: "内容概述", kind: "summary", strong: true },
  { label: "内容摘要", kind: "summary", strong: true },
  { label: "公开方式", kind: "other", strong: true },
  { label: "公开范围", kind: "other", strong: true },
  { label: "公开形式", kind: "other", strong: true },
  { label: "浏览次数", kind: "views", strong: true },
  { label: "阅读次数", kind: "views", strong: true },
  { label: "点击数", kind: "views", strong: true },
  { label: "访问量", kind: "views", strong: true },
  { label: "责任编辑", kind: "author", strong: true },
  { label: "作者", kind: "author", strong: false },
  { label: "编辑", kind: "author", strong: false },
  { label: "标题", kind: "title", strong: false },
  { label: "名称", kind: "title", strong: false },
  { label: "分类", kind: "category", strong: false },
];

// ───────────────────────────── organisations and levels ─────────────────────────────

/** Provincial-level municipalities (直辖市): a 市 that is a province. */
export const MUNICIPALITIES: readonly string[] = ["北京", "天津", "上海", "重庆"];

/**
 * Administrative-unit suffixes, longest first. The level each one gives when it is the last unit of a
 * government's name; 市 is ambiguous (prefecture-level city or county-level city) and resolved from evidence.
 */
export const UNIT_SUFFIXES: readonly { suffix: string; level: "province" | "city" | "county" | "township" | "ambiguous-city" }[] = [
  { suffix: "特别行政区", level: "province" },
  { suffix: "自治区", level: "province" },
  { suffix: "自治州", level: "city" },
  { suffix: "自治县", level: "county" },
  { suffix: "自治旗", level: "county" },
  { suffix: "地区", level: "city" },
  { suffix: "林区", level: "county" },
  { suffix: "新区", level: "county" },
  { suffix: "街道", level: "township" },
  { suffix: "省", level: "province" },
  { suffix: "市", level: "ambiguous-city" },
  { suffix: "州", level: "city" },
  { suffix: "盟", level: "city" },
  { suffix: "县", level: "county" },
  { suffix: "区", level: "county" },
  { suffix: "旗", level: "county" },
  { suffix: "镇", level: "township" },
  { suffix: "乡", level: "township" },
];

/** What a government organ is called after its unit name; normalized names use the first form per unit kind. */
export const GOVERNMENT_ORGANS: readonly string[] = ["人民政府", "街道办事处", "办事处", "政府"];

/** Endings of government departments (县公安局, 市司法局, 省市场监管局, 司法部, 区公安分局, 县发展和改革委员会). */
export const DEPARTMENT_SUFFIXES: readonly string[] = ["分局", "局", "厅", "委员会", "委", "办公室", "部", "署", "中心"];

/** Words that end in a unit character but are no place (市场监管局 starts with 市场, not with 市). */
export const UNIT_FALSE_FRIENDS: readonly string[] = ["市场", "市民", "区域", "区划", "县域", "镇域", "省级", "市级", "县级", "区级", "乡级", "镇级", "乡村"];

/** Words that start a clause and never a name: a unit found after them is a phrase ("紧扣中央和省、市委部署"). */
export const CLAUSE_VERBS: readonly string[] = ["现将", "紧扣", "紧紧围绕", "围绕", "聚焦", "落实", "贯彻", "按照", "根据", "坚持", "深入", "全面", "认真", "对标", "对照", "结合", "立足", "推动", "推进", "加强", "强化", "扎实"];

/**
 * Words that end in a unit character and name no place (城市, 社区, 开发区, 城乡, 乡镇…): never taken for a place
 * the report names. Generic words, not places.
 */
export const NOT_A_PLACE_WORDS: readonly string[] = [
  "城市", "超市", "都市", "上市", "夜市", "集市", "门市", "股市", "直辖市", "县级市", "地级市", "市场", "市民", "市县", "县市", "市区", "市镇", "市级",
  "社区", "城区", "辖区", "园区", "片区", "景区", "小区", "街区", "校区", "灾区", "库区", "矿区", "牧区", "老区", "山区", "地区", "试验区", "实验区",
  "示范区", "开发区", "功能区", "保护区", "先行区", "自贸区", "高新区", "经开区", "行政区", "区县", "县区", "区域", "区划", "区级", "管理区",
  "城乡", "乡镇", "乡村", "家乡", "故乡", "下乡", "返乡", "老乡", "城镇", "村镇", "集镇", "重镇", "古镇", "强镇", "名镇", "建制镇", "镇街", "镇村", "镇域", "乡级", "镇级",
  "郡县", "强县", "大县", "县域", "县级", "外省", "节省", "反省", "省级", "省份", "各省",
];

/**
 * Words that end a phrase before a unit ("主持召开省委…", "全面依法治县", "4次市政府"): what stands after them may
 * be a name, they are never part of one.
 */
export const STEM_STOP_WORDS: readonly string[] = ["中国共产党", "中共", "年内", "召开", "主持", "依法治", "法治", "建设", "推进", "全面", "落实", "贯彻", "开展", "举办", "组织", "研究", "审议", "印发", "出台", "制定", "联合", "会同", "指导", "参加", "出席", "列席", "代表", "考察", "来到", "推动", "实现", "打造", "构建", "服务", "保障", "促进", "助力", "次", "个", "项", "年", "届"];

/** Stems that are not names: "我县", "本镇", "全市", "该区", "各乡"… → fall back to other evidence. */
export const GENERIC_STEM_CHARS = "我本全该各每两三市县区镇乡省州上下同";

/** Words a clause may start with before the organisation that is its subject ("在市委、市政府的领导下,"). */
export const NON_NAME_STARTS: readonly string[] = ["在", "为", "以", "对", "于", "与", "和", "及", "按照", "根据", "围绕", "坚持", "全面", "深入", "今年", "去年", "一年来", "过去", "近年来", "本年度", "年度", "其中", "同时", "结合", "立足", "针对", "通过", "现将", "紧扣", "经过", "作为", "全市", "全县", "全区", "全镇", "我市", "我县", "我区", "我镇", "本市", "本县", "本区", "本镇"];

/** Parts of a joint 党委+政府 heading that name the Party side ("中共浚县县委", "XX县委员会"). */
export const PARTY_MARKERS: readonly string[] = ["中共", "中国共产党", "党委", "党工委", "县委", "市委", "区委", "省委", "州委", "旗委", "镇委", "乡委"];

/** Offices that publish a page without being its issuer (发布机构: 政府办). */
export const OFFICE_PUBLISHERS: readonly string[] = ["政府办", "政府办公室", "办公室", "政府办公厅", "办公厅", "网站", "门户网站", "信息中心", "融媒体中心", "宣传部"];

/** Markers of a masked name ("xx市", "**区", "某县"). */
export const MASK_CHARS = "xX×＊*○某";

/** Words of a title of an annual rule-of-law report (evidence a line is the title). */
export const TITLE_TOPICS: readonly string[] = ["法治政府建设", "法治建设", "依法行政", "法治政府", "法制政府建设"];
export const TITLE_KINDS: readonly string[] = ["报告", "总结", "情况"];

/**
 * Evidence that a 市 is a prefecture-level city: it has counties under it ("县(市、区)", "市县两级", "各县").
 */
export const PREFECTURE_CITY_CUES: readonly string[] = ["县(市、区)", "区(市)县", "区(市、县)", "县(区、市)", "县(市)区", "县(市,区)", "县市区", "市县两级", "市、县两级", "市县乡", "市、县、乡", "各县", "区县", "县区", "市辖区"];
/** Evidence that a 市 is county-level: it has towns and streets directly under it. */
export const COUNTY_CITY_CUES: readonly string[] = ["县级市", "各镇(街道)", "各镇(区)", "镇(街道)", "区镇", "镇街", "各镇、街道", "市镇两级", "市、镇两级", "镇村两级"];

/** Sentence-final particles after which "?" is an ordinary question mark. */
export const QUESTION_PARTICLES = "吗呢么吧啊何谁哪";

/** Closing punctuation that ends a complete text. */
export const CLOSING_PUNCTUATION = "。！？!?”」』）)】》.";

/**
 * Lines of page furniture that may follow a report's body (folded): labelled source/editor lines, attachment
 * lists, print/close buttons, file names, a bare date. A text ending in them is not truncated.
 */
export const TRAILING_CHROME: readonly RegExp[] = [
  /^(?:信息来源|文章来源|来源|稿件来源|责任编辑|编辑|作者|审核|审校|校对|撰稿|供稿|发布人|浏览次数|阅读次数|点击数)\s*[:：|]/u,
  /^(?:相关)?附件(?:下载)?\s*[:：]?\s*$|^附件下载|^附件\s*[:：]/u,
  /^[\s【\[(（|/]*(?:(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏|分享(?:到)?|返回顶部|返回|下载|保存)[\s】\]）)|/【\[(（]*)+$/u,
  /\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar|txt)\s*(?:[(（][^)）]{0,12}[)）])?\s*$/iu,
  /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
];

/** Trailing markers of a text cut off by a doc or wiki site. */
export const CUT_MARKERS: readonly string[] = ["…", "...", "(未完)", "未完待续", "展开全文", "阅读全文", "查看全文", "点击查看"];

/** Words ending in a department suffix that are no department ("大局", "全局", "格局", "干部", "内部"). */
export const DEPARTMENT_FALSE_FRIENDS: readonly string[] = ["大局", "全局", "格局", "布局", "结局", "当局", "开局", "局面", "干部", "内部", "全部", "部分", "部署", "部门", "基层", "中心工作", "重心"];
