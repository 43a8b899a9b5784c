import { describe, expect, it } from "vitest";
import {
  homeCountries,
  type FlowRecord,
} from "../../../../src/lib/data/aggregate.ts";
import { en, zh } from "../../../helpers/messages.ts";
import { flowGraph } from "../../../../src/views/flows/sankey.ts";
import {
  linkTip,
  nodeTip,
  tipText,
  type TipContext,
} from "../../../../src/views/flows/tip.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";

const dataset = bundledDataset();
const home = homeCountries(dataset);
const flows = dataset.records.filter((r): r is FlowRecord => r.kind === "flow");
const byId = new Map(flows.map((r) => [r.id, r]));
const all = new Set(byId.keys());
const context: TipContext = { dataset, home, lang: "en", t: en };
const graph = flowGraph(dataset.records, {
  home,
  show: "both",
  planned: false,
  institutions: dataset.institutions.map((i) => i.id),
});
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

describe("nodeTip", () => {
  it("lists a node's records with category, count, time, place and quote, and their total", () => {
    const tip = nodeTip(node("sent:TWN"), byId, all, context);
    expect(tip.title).toBe("Taiwan, China");
    expect(tip.total).toBe("60+");
    expect(tip.records).toEqual([
      expect.objectContaining({
        record: "anshun-taiwan-credit-exchange",
        category: "students",
        count: "60+",
        time: "as of 2018",
        place: "Taiwan, China",
        institution: "Anshun VTC",
        quote: expect.stringContaining("more than 60 outstanding students"),
      }),
    ]);
  });

  it("counts only the records the filters keep", () => {
    const tip = nodeTip(
      node("cat-sent:teachers"),
      byId,
      new Set(["bpc-zambia-teachers"]),
      context,
    );
    expect(tip.records.map((r) => r.record)).toEqual(["bpc-zambia-teachers"]);
    expect(tip.total).toBe("8");
  });

  it("gives the number of countries a source states without naming them", () => {
    const tip = nodeTip(node("recv:unnamed"), byId, all, context);
    expect(
      tip.records.find((r) => r.record === "bpc-delegations-received")?.place,
    ).toBe("11 countries or regions, not named");
    expect(
      tip.records.find((r) => r.record === "bpc-experts-received")?.place,
    ).toBe("Abroad, countries not named");
  });
});

describe("linkTip and tipText", () => {
  it("names the flow by its record's title and reads as sentences", () => {
    const tip = linkTip(byId.get("bjut-doctoral-students-abroad")!, context);
    expect(tip.title).toBe(byId.get("bjut-doctoral-students-abroad")!.title.en);
    expect(tipText(tip, "en", en)).toMatch(
      /BJUT, doctoral students, United States, Australia, United Kingdom, Canada and others \(list not exhaustive\): 68, 2008–2012/,
    );
  });

  it("says a planned target is planned, in Chinese punctuation in Chinese", () => {
    const target = byId.get("bpc-cnmc-training-target")!;
    const text = tipText(
      linkTip(target, { ...context, lang: "zh", t: zh }),
      "zh",
      zh,
    );
    // The time says it is planned, once.
    expect(text).toContain("最多150，计划至2019年");
    expect(text).not.toContain("至2019年，计划");
    expect(text).not.toMatch(/[,:] /);
  });
});
