// A realistic synthetic dataset of any size, for scale tests and the benchmark: many
// institutions in many Chinese cities, partners in every country and region (the small states
// that have no polygon at the map's resolution included), and every time form and count form.
// Deterministic: the same size and seed give the same file.
import { countryCodes } from "./countries.ts";
import type {
  Category,
  Count,
  CooperationRecord,
  Dataset,
  Institution,
  Kind,
  Source,
  Time,
} from "./schema.ts";
import { CATEGORIES, KINDS } from "./vocab.ts";
import { EVENTS, MILESTONES, UNSPECIFIED_WORDS } from "./vocab-records.ts";

/** A small, fast, seedable generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: [string, string, number, number][] = [
  ["Beijing", "北京", 116.4, 39.9],
  ["Shanghai", "上海", 121.47, 31.23],
  ["Guangzhou", "广州", 113.26, 23.13],
  ["Chengdu", "成都", 104.07, 30.67],
  ["Wuhan", "武汉", 114.3, 30.59],
  ["Xi'an", "西安", 108.94, 34.34],
  ["Anshun", "安顺", 105.93, 26.25],
  ["Binzhou", "滨州", 117.97, 37.38],
  ["Kunming", "昆明", 102.83, 24.88],
  ["Harbin", "哈尔滨", 126.63, 45.75],
];
/** Partners without a polygon at 110m: drawn as markers, and so in every synthetic dataset. */
const SMALL_STATES = ["SGP", "HKG", "MAC", "MLT", "BHR", "MDV"];

export function synthDataset(size: number, seed = 1): Dataset {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(rnd() * list.length)]!;
  const countries = countryCodes().filter((c) => c !== "CHN" && c !== "ATA");
  const institutionCount = Math.max(2, Math.min(200, Math.round(size / 50)));

  const institutions: Institution[] = Array.from(
    { length: institutionCount },
    (_, i) => {
      const [en, zh, lon, lat] = CITIES[i % CITIES.length]!;
      return {
        id: `inst-${i + 1}`,
        name: {
          en: `${en} Polytechnic No. ${i + 1}`,
          zh: `${zh}第${i + 1}职业技术学院`,
        },
        shortName: { en: `${en} P${i + 1}`, zh: `${zh}职院${i + 1}` },
        city: { en, zh },
        country: "CHN",
        coordinates: [lon + (rnd() - 0.5), lat + (rnd() - 0.5)],
      };
    },
  );
  const sources: Source[] = institutions.map((inst, i) => ({
    id: `page-${i + 1}`,
    institution: inst.id,
    title: `International cooperation of ${inst.name.en}`,
    file: `page-${i + 1}.txt`,
    published: { date: `${2015 + (i % 10)}-0${1 + (i % 9)}` },
  }));

  const year = () => 2005 + Math.floor(rnd() * 20);
  const times: (() => Time)[] = [
    () => ({ type: "date", date: String(year()) }),
    () => ({
      type: "date",
      date: `${year()}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}`,
    }),
    () => ({
      type: "date",
      date: `${year()}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    }),
    () => {
      const start = year();
      return {
        type: "period",
        start: String(start),
        end: String(start + Math.floor(rnd() * 5)),
      };
    },
    () => ({ type: "asOf", date: String(year()) }),
    () => ({ type: "target", until: String(2025 + Math.floor(rnd() * 5)) }),
  ];
  const counts: (() => Count)[] = [
    () => ({ qualifier: "exact", value: 1 + Math.floor(rnd() * 60) }),
    () => ({ qualifier: "atLeast", value: 1 + Math.floor(rnd() * 200) }),
    () => ({ qualifier: "atMost", value: 1 + Math.floor(rnd() * 150) }),
    () => ({ qualifier: "unspecified", word: pick(UNSPECIFIED_WORDS) }),
    () => ({ qualifier: "unknown" }),
  ];

  const records: CooperationRecord[] = Array.from({ length: size }, (_, i) => {
    const inst = institutions[i % institutionCount]!;
    const source = sources[i % institutionCount]!;
    // The small states come first, so that every size names each of them.
    const country =
      i < SMALL_STATES.length ? SMALL_STATES[i]! : pick(countries);
    // The first records go through every kind and time form in turn; the rest are drawn at
    // random, so that no institution is tied to one kind.
    const kind: Kind = i < 30 ? KINDS[i % KINDS.length]! : pick(KINDS);
    const time = (i < 30 ? times[i % times.length]! : pick(times))();
    const base = {
      id: `r-${i + 1}`,
      institution: inst.id,
      title: {
        en: `Cooperation ${i + 1} with ${country}`,
        zh: `与${country}的合作${i + 1}`,
      },
      summary: {
        en: `Record ${i + 1} of a synthetic dataset.`,
        zh: `合成数据集的第${i + 1}条记录。`,
      },
      time,
      countries: [country],
      partners:
        rnd() < 0.5
          ? [
              {
                name: {
                  en: `Partner college ${i + 1}`,
                  zh: `合作院校${i + 1}`,
                },
                country,
              },
            ]
          : [],
      source: source.id,
      quote: `Synthetic quote ${i + 1}.`,
    };
    switch (kind) {
      case "flow":
        return {
          ...base,
          kind,
          people: {
            direction: rnd() < 0.6 ? "sent" : "received",
            category: pick(CATEGORIES) as Category,
            count: (i < 30
              ? counts[Math.floor(i / KINDS.length) % counts.length]!
              : pick(counts))(),
          },
        };
      case "milestone":
        return { ...base, kind, milestone: pick(MILESTONES) };
      case "event":
        return { ...base, kind, event: pick(EVENTS) };
      default:
        return { ...base, kind };
    }
  });

  return {
    version: 1,
    title: {
      en: `A synthetic dataset of ${size} records`,
      zh: `含${size}条记录的合成数据集`,
    },
    institutions,
    sources,
    records,
  };
}
