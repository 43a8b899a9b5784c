import type { NoticeText } from "./notices-en.ts";

// 网址参数被忽略的原因（中文）。仅在有提示时加载。
export const noticesZh: NoticeText = {
  invalidParam: "已忽略网址参数 {name}={value}：{reason}",
  reasonOneOf: "请使用 {allowed}",
  reasonNoFile: "未指定文件",
  reasonYear: "不是有效年份",
  reasonReversed: "起止年份颠倒，已自动对调",
  reasonCountry: "不是有效的国家或地区代码",
  reasonUnknown: "本图谱不识别此参数",
  reasonNoInstitution: "数据集中没有此编号的院校",
  reasonNoRecord: "数据集中没有此编号的记录",
  reasonSlide: "不是幻灯片编号（1、2、3等）",
  or: " 或 ",
  // A dataset with problems (src/ui/lazy/ProblemPanel.svelte)
  refusedTitle: "无法显示此数据集",
  leftOutTitle: "有 {n} 个条目存在问题，未予显示",
  leftOutTitleOne: "有 1 个条目存在问题，未予显示",
  leftOutHelp: "数据集中的其余内容均已显示。修正以下条目后即可显示：",
  noneKeptHelp: "数据集中没有可以显示的记录。修正以下条目后即可显示：",
  emptyTitle: "此数据集没有记录",
  emptyHelp: "文件是有效的数据集，但记录列表为空，暂无可显示的内容。",
};
