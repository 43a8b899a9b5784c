import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/lib/data/problems.ts";
import type { Dataset } from "../../../src/lib/data/schema.ts";
import { validateDataset } from "../../../src/lib/data/validate.ts";
import {
  buildDeck,
  clampSlide,
  generateDeck,
  recordYears,
} from "../../../src/present/deck.ts";
import { focusBox } from "../../../src/present/focus.ts";
import { deckAction } from "../../../src/present/keys.ts";
import { sourceLine, titleOf } from "../../../src/present/words.ts";
import { bundledDataset } from "../../helpers/fixtures.ts";
import { en, zh } from "../../helpers/messages.ts";

const data = bundledDataset();
const deck = generateDeck(data);

describe("the deck generated from the bundled dataset", () => {
  it("opens with the overview of every record and partner", () => {
    expect(deck[0]!.kind).toBe("overview");
    expect(deck[0]!.records).toHaveLength(data.records.length);
    expect(deck[0]!.countries).toContain("ZMB");
    expect(deck[0]!.countries).not.toContain("CHN");
  });

  it("tells the milestones in time order: 2016 pilot, 2017 base, 2018 alliances, then later", () => {
    const steps = deck.filter((s) => s.kind === "milestone");
    const starts = steps.map((s) => s.years![0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(steps[0]!.records.map((r) => r.id)).toEqual(["bpc-going-out-pilot"]);
    expect(steps[1]!.records.map((r) => r.id)).toEqual(["bpc-talent-base"]);
    const alliances = steps[2]!.records;
    expect(steps[2]!.years).toEqual([2018, 2018]);
    expect(alliances.every((r) => r.kind === "milestone")).toBe(true);
    expect(alliances.map((r) => r.id)).toContain("anshun-china-cee-union");
    expect(steps.at(-1)!.years![0]).toBeGreaterThan(2018);
    // Every milestone of the data is told once.
    const told = steps.flatMap((s) => s.records.map((r) => r.id));
    const all = data.records.filter((r) => r.kind === "milestone");
    expect(told.sort()).toEqual(all.map((r) => r.id).sort());
  });

  it("follows the 2017 step with a map of Zambia for the 2017–2018 teachers", () => {
    const base = deck.findIndex(
      (s) =>
        s.kind === "milestone" &&
        s.records.some((r) => r.id === "bpc-talent-base"),
    );
    const map = deck[base + 1]!;
    expect(map.kind).toBe("map");
    expect(map.countries).toEqual(["ZMB"]);
    expect(map.records.map((r) => r.id)).toContain("bpc-zambia-teachers");
    expect(map.years).toEqual([2017, 2018]);
    expect(titleOf(map, data, en, "en")).toBe("Zambia, 2017–2018");
    expect(titleOf(map, data, zh, "zh")).toContain("赞比亚");
  });

  it("has one flows slide of every flow record and one slide per institution, in the file's order", () => {
    const flows = deck.filter((s) => s.kind === "flows");
    expect(flows).toHaveLength(1);
    expect(flows[0]!.records.every((r) => r.kind === "flow")).toBe(true);
    expect(flows[0]!.records).toHaveLength(
      data.records.filter((r) => r.kind === "flow").length,
    );
    const institutions = deck.filter((s) => s.kind === "institution");
    expect(institutions.map((s) => s.institution!.id)).toEqual(
      data.institutions.map((i) => i.id),
    );
    expect(deck.at(-1)!.kind).toBe("institution");
  });

  it("names on every slide the source pages of its records", () => {
    for (const slide of deck) {
      const pages = new Set(slide.records.map((r) => r.source));
      expect(slide.sources.map((s) => s.id).sort()).toEqual([...pages].sort());
      expect(sourceLine(slide, data, en, "en")).toMatch(/^Sources?: /);
    }
    const zambia = deck.find((s) => s.kind === "map")!;
    expect(sourceLine(zambia, data, en, "en")).toContain(
      data.sources.find((s) => s.id === "bpc-about")!.title,
    );
  });

  it("is made of the filtered records when the address filters them", () => {
    const bpc = generateDeck(
      data,
      data.records.filter((r) => r.institution === "bpc"),
    );
    expect(bpc.filter((s) => s.kind === "institution")).toHaveLength(1);
    expect(
      bpc.every((s) => s.records.every((r) => r.institution === "bpc")),
    ).toBe(true);
  });

  it("dates an as-of figure by its own year", () => {
    const asOf = data.records.find((r) => r.time.type === "asOf")!;
    const year = Number((asOf.time as { date: string }).date.slice(0, 4));
    expect(recordYears(asOf, data)).toEqual([year, year]);
  });
});

describe("a dataset's own story", () => {
  const raw = JSON.parse(JSON.stringify(data)) as Dataset & {
    story: unknown[];
  };
  raw.story = [
    {
      title: { en: "Going out to Zambia", zh: "走进赞比亚" },
      kind: "map",
      records: ["bpc-zambia-teachers", "no-such-record"],
    },
    {
      title: { en: "BJUT", zh: "北工大" },
      kind: "institution",
      institution: "bjut",
    },
    { title: { en: "Pakistan", zh: "巴基斯坦" }, countries: ["PAK"] },
  ];
  const { dataset, problems } = validateDataset(raw);

  it("replaces the generated deck, slide for slide", () => {
    const story = buildDeck(dataset!);
    expect(story.map((s) => s.kind)).toEqual([
      "map",
      "institution",
      "milestone",
    ]);
    expect(titleOf(story[0]!, dataset!, zh, "zh")).toBe("走进赞比亚");
    expect(story[0]!.countries).toEqual(["ZMB"]);
    expect(story[1]!.records.every((r) => r.institution === "bjut")).toBe(true);
    expect(story[1]!.sources.map((s) => s.institution)).toEqual(["bjut"]);
    expect(story[2]!.countries).toEqual(["PAK"]);
  });

  it("reports a dangling record id naming the slide and the field, and drops it", () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("story[0].records[1]");
    expect(formatProblem(problems[0]!)).toContain("no-such-record");
    expect(formatProblem(problems[0]!)).toContain("Going out to Zambia");
    expect(formatProblem(problems[0]!, "zh")).toContain("走进赞比亚");
    expect(dataset!.story![0]!.records).toEqual(["bpc-zambia-teachers"]);
  });

  it("reports an unknown institution", () => {
    const bad = {
      ...raw,
      story: [{ title: { en: "X", zh: "X" }, institution: "nowhere" }],
    };
    const result = validateDataset(bad);
    expect(result.problems.map((p) => p.path)).toEqual([
      "story[0].institution",
    ]);
    expect(result.dataset!.story![0]!.institution).toBeUndefined();
  });

  it("reports a slide of an unknown kind and leaves that slide out", () => {
    const bad = {
      ...raw,
      story: [{ title: { en: "X", zh: "X" }, kind: "chart" }],
    };
    const result = validateDataset(bad);
    expect(result.problems[0]!.path).toBe("story[0].kind");
    expect(result.dataset!.story).toEqual([]);
  });
});

describe("clampSlide", () => {
  it.each([
    [1, 5, 1],
    [3, 5, 3],
    [9, 5, 5],
    [0, 5, 1],
    [4, 0, 1],
  ])("slide %i of %i is %i", (n, length, expected) => {
    expect(clampSlide(n, length)).toBe(expected);
  });
});

describe("deckAction", () => {
  it.each([
    ["ArrowRight", "next"],
    [" ", "next"],
    ["PageDown", "next"],
    ["ArrowLeft", "prev"],
    ["PageUp", "prev"],
    ["Home", "first"],
    ["End", "last"],
    ["f", "fullscreen"],
    ["F", "fullscreen"],
    ["Escape", "leave"],
    ["x", null],
  ])("%j does %s", (key, action) => {
    expect(deckAction({ key })).toBe(action);
  });

  it("goes back with Shift+Space", () => {
    expect(deckAction({ key: " ", shiftKey: true })).toBe("prev");
  });

  it("leaves keys with Ctrl, Alt or Cmd to the browser", () => {
    expect(deckAction({ key: "ArrowRight", ctrlKey: true })).toBeNull();
    expect(deckAction({ key: "f", metaKey: true })).toBeNull();
    expect(deckAction({ key: "End", altKey: true })).toBeNull();
  });

  it.each(["INPUT", "TEXTAREA", "SELECT"])(
    "never takes keys typed in a %s",
    (tagName) => {
      expect(deckAction({ key: " ", target: { tagName } as never })).toBeNull();
      expect(deckAction({ key: "f", target: { tagName } as never })).toBeNull();
    },
  );

  it("never takes keys typed in editable text", () => {
    const target = { tagName: "DIV", isContentEditable: true } as never;
    expect(deckAction({ key: "ArrowLeft", target })).toBeNull();
  });
});

describe("focusBox", () => {
  const geometry = {
    width: 1000,
    height: 500,
    anchors: { AAA: [500, 250], BBB: [600, 300], FAR: [10, 10] } as Record<
      string,
      [number, number]
    >,
    institutions: {} as Record<string, [number, number]>,
  };

  it("is the whole map when no country has an anchor", () => {
    expect(focusBox(geometry, ["ZZZ"])).toEqual([0, 0, 1000, 500]);
  });

  it("holds every country, in the map's aspect ratio, at least a fifth of its width", () => {
    const [x, y, w, h] = focusBox(geometry, ["AAA", "BBB"]);
    expect(w / h).toBeCloseTo(2, 1);
    expect(w).toBeGreaterThanOrEqual(200);
    for (const [px, py] of [geometry.anchors.AAA!, geometry.anchors.BBB!]) {
      expect(px).toBeGreaterThan(x);
      expect(px).toBeLessThan(x + w);
      expect(py).toBeGreaterThan(y);
      expect(py).toBeLessThan(y + h);
    }
  });

  it("stays inside the map at its edge", () => {
    const [x, y] = focusBox(geometry, ["FAR"]);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
  });
});
