import { describe, expect, it } from "vitest";
import type { Time } from "../../../../src/lib/data/schema.ts";
import { formatTime } from "../../../../src/lib/i18n/dates.ts";
import { en, zh } from "../../../helpers/messages.ts";

describe("formatTime: as precise as the source", () => {
  it.each<[Time, string, string]>([
    [{ type: "date", date: "2016" }, "2016", "2016年"],
    [{ type: "date", date: "2018-05" }, "May 2018", "2018年5月"],
    [{ type: "date", date: "2024-06-25" }, "June 25, 2024", "2024年6月25日"],
    [
      { type: "period", start: "2008", end: "2012" },
      "2008–2012",
      "2008年至2012年",
    ],
    [
      { type: "period", start: "2018-05", end: "2018-07" },
      "May 2018–July 2018",
      "2018年5月至2018年7月",
    ],
    [{ type: "asOf", date: "2018-05" }, "as of May 2018", "截至2018年5月"],
    [{ type: "target", until: "2019" }, "planned, until 2019", "计划至2019年"],
  ])("%o reads %s / %s", (time, english, chinese) => {
    expect(formatTime(time, en, "en")).toBe(english);
    expect(formatTime(time, zh, "zh")).toBe(chinese);
  });
});
