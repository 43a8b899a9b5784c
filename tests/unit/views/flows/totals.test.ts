import { describe, expect, it } from "vitest";
import { formatTotal } from "../../../../src/lib/data/counts.ts";
import { en, zh } from "../../../helpers/messages.ts";
import { achievedText } from "../../../../src/lib/i18n/people.ts";
import { chosenFlows } from "../../../../src/views/flows/sankey.ts";
import { flowTotals } from "../../../../src/views/flows/totals.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import { atLeast, exact, flow, UNKNOWN } from "../../../helpers/flows.ts";

const target = { type: "target", until: "2019" } as const;

describe("flowTotals", () => {
  it.each([
    ["160 and more than 200 make 360+", [exact(160), atLeast(200)], "360+"],
    ["exact counts add up exactly", [exact(8), exact(41)], "49"],
    ["an unknown part makes the sum a lower bound", [exact(8), UNKNOWN], "8+"],
    ["nothing but an unknown stays unknown", [UNKNOWN], "unknown"],
  ])("%s", (_, counts, text) => {
    const totals = flowTotals(
      counts.map((count, i) => flow(`f${i}`, { count })),
    );
    expect(formatTotal(totals.sent.achieved, "en")).toBe(text);
    expect(totals.received.achieved.parts).toBe(0);
  });

  it("sums sent and received apart", () => {
    const totals = flowTotals([
      flow("a", { count: exact(8) }),
      flow("b", { direction: "received", count: exact(41) }),
    ]);
    expect(formatTotal(totals.sent.achieved, "en")).toBe("8");
    expect(formatTotal(totals.received.achieved, "en")).toBe("41");
  });

  it("never adds a planned target to what was achieved", () => {
    const { received } = flowTotals([
      flow("done", { direction: "received", count: exact(41) }),
      flow("plan", {
        direction: "received",
        count: { qualifier: "atMost", value: 150 },
        time: target,
      }),
    ]);
    expect(formatTotal(received.achieved, "en")).toBe("41");
    expect(achievedText(received.achieved, received.planned, en, "en")).toBe(
      "41; planned: up to 150",
    );
    expect(achievedText(received.achieved, received.planned, zh, "zh")).toBe(
      "41；计划：最多150",
    );
  });

  it("on the bundled dataset, BPC sent 160 key teachers, 200+ students and 8 to Zambia: 368+", () => {
    const dataset = bundledDataset();
    const bpc = chosenFlows(
      dataset.records.filter((r) => r.institution === "bpc"),
      { show: "both", planned: false },
    );
    expect(formatTotal(flowTotals(bpc).sent.achieved, "en")).toBe("368+");
  });
});
