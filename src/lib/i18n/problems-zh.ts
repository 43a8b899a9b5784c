// 数据问题与拒绝加载的原因（src/lib/data/problems.ts），以中文表述。仅在文件有问题时加载。
// Field paths, ids and values stay as written in the file; entries are counted from 1.
import type { Problem, Refusal, Shown, Why } from "../data/problems.ts";
import { formatSize } from "./sizes.ts";

const EXPECTED: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: " true 或 false",
  object: "对象",
  array: "列表",
  tuple: "列表",
};

/** The entries of each list, with their measure word: 第 3 条记录. */
const ENTRY: Record<string, string> = {
  records: "条记录",
  institutions: "所院校",
  sources: "个来源",
  story: "张幻灯片",
};

const TARGET = { institution: "院校", source: "来源", record: "记录" } as const;

const FILE = { dataset: "数据集", "base map": "底图" } as const;

/** “abc”, 2.5, 列表; Latin values get a space on the side of Chinese text. */
function show(value: Shown): string {
  if (value === null) return " null";
  if (typeof value === "object") return value.kind === "list" ? "列表" : "对象";
  return typeof value === "string" ? `“${value}”` : ` ${value}`;
}

/** "，而不是 2.5", after what it should be. */
const not = (got: Shown) => `，而不是${show(got)}`;

/** "（现为 2.5）", after what is wrong with it. */
const now = (got: Shown) => `（现为${show(got).trim()}）`;

/** 第 3 条记录, from records[2]. */
function entry(where: string): string {
  const [, list = "", index = ""] = /^(\w+)\[(\d+)\]$/.exec(where) ?? [];
  return `第 ${Number(index) + 1} ${ENTRY[list] ?? `个 ${list} 条目`}`;
}

function why(w: Why, where: string): string {
  switch (w.code) {
    case "missing":
      return "缺失";
    case "type":
      return `应为${EXPECTED[w.expected] ?? ` ${w.expected}`}${not(w.got)}`;
    case "oneOf":
      return w.values.length === 1
        ? `应为${show(w.values[0]!)}${not(w.got)}`
        : `应为 ${w.values.join("、")} 之一${not(w.got)}`;
    case "form":
      return `不符合任何允许的形式${now(w.got)}`;
    case "format":
      return `格式不符合要求${now(w.got)}`;
    case "tooSmall":
      return w.list ? `应至少有 ${w.minimum} 项` : `应不小于 ${w.minimum}`;
    case "tooBig":
      return w.list ? `应至多有 ${w.maximum} 项` : `应不大于 ${w.maximum}`;
    case "unknownField":
      return "不是本格式的字段（请检查拼写）";
    case "notObject":
      return `应为带有字段名的对象${not(w.got)}`;
    case "notDataset":
      return `不是数据集：文件应为包含 institutions、sources 和 records 的对象${not(w.got)}`;
    case "id":
      return `应由小写字母和数字组成、以连字符相连，如 bpc-zambia-teachers${not(w.got)}`;
    case "empty":
      return "不应为空";
    case "country":
      return `应为 ISO 3166-1 三字母国家或地区代码，如 ZMB 或 TWN${not(w.got)}`;
    case "date":
      return `应为 2016、2018-05 或 2024-06-25 这样的日期${not(w.got)}`;
    case "day":
      return "不是日历上存在的日期";
    case "negative":
      return "不应为负数";
    case "duplicate":
      return `“${w.id}”已是${entry(where.replace(/\d+\]$/, `${w.first}]`))}的编号`;
    case "dangling": {
      const slide = w.slide ? `（幻灯片“${w.slide.zh}”）` : "";
      return w.leftOut
        ? `所指的${TARGET[w.target]}“${w.id}”因自身问题未予显示${slide}`
        : `所指的“${w.id}”不是本文件中的${TARGET[w.target]}${slide}`;
    }
    case "otherOwner":
      return `“${w.id}”是 ${w.owner} 的来源页面，而不是 ${w.institution} 的`;
    case "reversed":
      return `为 ${w.end}，早于开始时间 ${w.start}`;
    case "invalid":
      return "无效";
  }
}

/** 第 4 条记录（bpc-x）的 people.count.value 应为整数，而不是 2.5 */
export function problemZh(p: Problem): string {
  if (!p.where && !p.field) return `此文件${why(p, "")}`;
  // A top-level field or section (version, title, map): named by its path.
  if (!/\]$/.test(p.where)) return `文件中的 ${p.path} ${why(p, p.where)}`;
  const who = `${entry(p.where)}${p.recordId ? `（${p.recordId}）` : ""}`;
  return p.field
    ? `${who}的 ${p.field} ${why(p, p.where)}`
    : `${who}${why(p, p.where)}`;
}

export function refusalZh(r: Refusal): string {
  switch (r.code) {
    case "address":
      return `${FILE[r.what]}地址“${r.param}”不是有效的网址。`;
    case "otherSite": {
      const [own, ...others] = r.allowed;
      const also = others.length ? `或 ${others.join("、")} ` : "";
      return `${FILE[r.what]}“${r.param}”位于其他网站（${r.origin}）。只能加载本网站（${own}）${also}上的文件。`;
    }
    case "unreachable":
      return `无法访问位于 ${r.url} 的${FILE[r.what]}。`;
    case "status":
      return `无法加载位于 ${r.url} 的${FILE[r.what]}：服务器返回状态码 ${r.status}。`;
    case "tooLarge":
      return r.bytes === undefined
        ? `文件超过了 ${formatSize(r.limit, "zh")} 的大小上限。`
        : `文件大小为 ${formatSize(r.bytes, "zh", true)}，超过了 ${formatSize(r.limit, "zh")} 的上限。`;
    case "notJson":
      return `${r.url ? `位于 ${r.url} 的${FILE[r.what ?? "dataset"]}` : "此文件"}不是有效的 JSON：第 ${r.line} 行第 ${r.column} 列有语法错误。`;
    case "notDataset":
      return "此文件不是本图谱的数据集。";
    // 替换底图的 TopoJSON 文件。
    case "notTopology":
      return `位于 ${r.url} 的底图不是 TopoJSON 文件：应为含有 "type": "Topology"、"objects" 和 "arcs" 的对象。`;
    case "noObjects":
      return `位于 ${r.url} 的底图中没有任何对象。`;
    case "noObject":
      return `位于 ${r.url} 的底图中没有对象“${r.object}”，只有${quoted(r.objects)}。`;
    case "notShapes":
      return `位于 ${r.url} 的底图中的对象“${r.object}”无法读取为图形。`;
    case "noCountryCodes":
      return `位于 ${r.url} 的底图中，对象“${r.object}”的图形都没有可识别的 ISO 国家或地区代码（查找了${lookedIn(r.looked)}）。`;
  }
}

const quoted = (names: readonly string[]) =>
  names.map((n) => `“${n}”`).join("、");

/** 属性“iso_a3”、“ISO3”及要素的 id; "id" is the feature's id. */
function lookedIn(looked: readonly string[]): string {
  const names = looked.filter((n) => n !== "id");
  const properties = names.length ? `属性${quoted(names)}` : "";
  const id = looked.includes("id") ? "要素的 id" : "";
  return [properties, id].filter(Boolean).join("及");
}
