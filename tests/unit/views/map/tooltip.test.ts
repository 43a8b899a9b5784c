import { describe, expect, it } from "vitest";
import { countryStats } from "../../../../src/lib/data/aggregate.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import { en } from "../../../../src/lib/i18n/en.ts";
import { zh } from "../../../../src/lib/i18n/zh.ts";
import { tipFor } from "../../../../src/views/map/tooltip.ts";
import { readFixture } from "../../../helpers/fixtures.ts";

const dataset = parseDatasetText(readFixture("minimal.json")).dataset!;
const stats = countryStats(dataset, dataset.records);

describe("tipFor", () => {
  it("names the partner and gives totals with qualifiers, records and years", () => {
    const tip = tipFor(stats.get("TWN")!, en, "en");
    expect(tip.name).toBe("Taiwan, China");
    expect(tip.lines).toEqual([
      { label: "Sent", value: "60+" },
      { label: "Records", value: "1" },
      { label: "Years", value: "up to 2018" },
    ]);
  });

  it("a count shared with other countries is given whole, and said to be undivided", () => {
    const tip = tipFor(stats.get("USA")!, en, "en");
    expect(tip.lines[0]).toEqual({ label: "Received", value: "unknown" });
    expect(tip.note).toBe(
      "Shared with other countries, not divided: visitors, number not given",
    );
  });

  it("speaks Chinese", () => {
    const tip = tipFor(stats.get("ZMB")!, zh, "zh");
    expect(tip.name).toBe("赞比亚");
    expect(tip.lines).toContainEqual({ label: "派出", value: "8" });
    expect(tip.lines).toContainEqual({ label: "年份", value: "2017—2018年" });
  });
});
