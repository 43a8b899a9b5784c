import { describe, expect, it } from "vitest";
import {
  defaultFilters,
  type Filters,
} from "../../../../src/lib/state/filters.svelte.ts";
import {
  addressChange,
  selectionKey,
} from "../../../../src/lib/state/history.ts";
import {
  checkIds,
  filtersOf,
  parseQuery,
  toQuery,
} from "../../../../src/lib/state/url.ts";

const state = (over: Partial<Filters>): Filters => ({
  ...defaultFilters(),
  ...over,
});

describe("parseQuery", () => {
  it("reads lang and data", () => {
    expect(parseQuery("?lang=zh&data=data/other.json")).toEqual({
      values: { lang: "zh", data: "data/other.json" },
      notices: [],
    });
  });

  it("reads every filter and selection", () => {
    const { values, notices } = parseQuery(
      "?inst=bpc&from=2016&to=2018&kind=milestone~event&dir=sent&cat=teachers&q=Zambia%20college&country=ZMB&record=bpc-pilot&view=flows&measure=sent&arcs=0&planned=1",
    );
    expect(notices).toEqual([]);
    expect(filtersOf(values)).toEqual({
      inst: "bpc",
      from: 2016,
      to: 2018,
      kinds: ["milestone", "event"],
      dir: "sent",
      category: "teachers",
      q: "Zambia college",
      country: "ZMB",
      record: "bpc-pilot",
      view: "flows",
      measure: "sent",
      arcs: false,
      planned: true,
    });
  });

  it.each([
    ["lang=fr", "lang", "reasonOneOf", ["en", "zh"]],
    ["data=", "data", "reasonNoFile", undefined],
    ["from=20x6", "from", "reasonYear", undefined],
    ["to=99999", "to", "reasonYear", undefined],
    ["kind=milestone~party", "kind", "reasonOneOf", expect.any(Array)],
    ["dir=up", "dir", "reasonOneOf", ["sent", "received"]],
    ["cat=pilots", "cat", "reasonOneOf", expect.any(Array)],
    ["country=Narnia", "country", "reasonCountry", undefined],
    ["view=globe", "view", "reasonOneOf", expect.any(Array)],
    ["arcs=yes", "arcs", "reasonOneOf", ["0", "1"]],
    ["colour=red", "colour", "reasonUnknown", undefined],
  ])(
    "%s is ignored with a notice naming the parameter",
    (query, name, reason, allowed) => {
      const { values, notices } = parseQuery(`?${query}`);
      expect(filtersOf(values)).toEqual(defaultFilters());
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ name, reason });
      if (allowed) expect(notices[0]!.allowed).toEqual(allowed);
    },
  );

  it("a valid parameter survives an invalid neighbour", () => {
    const { values, notices } = parseQuery("?from=2016&to=soon&country=zm");
    expect(values).toMatchObject({ from: 2016, country: "ZMB" });
    expect(notices.map((n) => n.name)).toEqual(["to"]);
  });

  it("reversed years are swapped, with a notice", () => {
    const { values, notices } = parseQuery("?from=2018&to=2016");
    expect(values).toMatchObject({ from: 2016, to: 2018 });
    expect(notices[0]).toMatchObject({ reason: "reasonReversed" });
  });

  it("tracking parameters of the host site are left alone, silently", () => {
    expect(parseQuery("?utm_source=x&fbclid=y")).toEqual({
      values: {},
      notices: [],
    });
  });
});

describe("toQuery", () => {
  it("the default state is an empty query", () => {
    expect(toQuery(defaultFilters())).toBe("");
  });

  it("writes only what differs from the default, lists joined by ~", () => {
    expect(
      toQuery(state({ from: 2016, kinds: ["milestone", "event"] }), {
        lang: "zh",
      }),
    ).toBe("?lang=zh&from=2016&kind=event~milestone");
  });

  it.each([
    ["inst=bpc&from=2016&to=2018&country=ZMB&view=table"],
    ["kind=agreement~flow&dir=received&cat=doctoral-students"],
    ["q=%E8%B5%9E%E6%AF%94%E4%BA%9A%20%26%20more"],
    ["record=bjut-68-doctoral&measure=people&arcs=0&planned=1"],
    ["lang=en&data=data%2Fother.json&from=2010"],
  ])("%s survives a round trip", (query) => {
    const { values } = parseQuery(`?${query}`);
    const page = { lang: values.lang, data: values.data };
    expect(toQuery(filtersOf(values), page)).toBe(`?${query}`);
  });
});

describe("checkIds", () => {
  const has = {
    inst: (id: string) => id === "bpc",
    record: (id: string) => id === "r1",
  };

  it("drops ids the dataset does not have, with a notice each", () => {
    const filters = state({ inst: "mit", record: "r9" });
    const notices = checkIds(filters, has);
    expect(filters).toMatchObject({ inst: null, record: null });
    expect(notices.map((n) => [n.name, n.reason])).toEqual([
      ["inst", "reasonNoInstitution"],
      ["record", "reasonNoRecord"],
    ]);
  });

  it("keeps ids it has", () => {
    const filters = state({ inst: "bpc", record: "r1" });
    expect(checkIds(filters, has)).toEqual([]);
    expect(filters).toMatchObject({ inst: "bpc", record: "r1" });
  });
});

describe("the address follows the state", () => {
  const here = { pathname: "/atlas/", search: "?from=2016", hash: "" };

  it("an unchanged query changes nothing", () => {
    expect(addressChange(here, "?from=2016", false)).toBeNull();
  });

  it("adjusting a filter replaces the entry; a new selection adds one", () => {
    expect(addressChange(here, "?from=2017", false)).toEqual({
      url: "/atlas/?from=2017",
      push: false,
    });
    expect(addressChange(here, "?from=2016&country=ZMB", true)).toEqual({
      url: "/atlas/?from=2016&country=ZMB",
      push: true,
    });
  });

  it("the selection key changes with a selection, not with a filter", () => {
    const a = selectionKey(state({ from: 2016 }));
    expect(selectionKey(state({ from: 2018 }))).toBe(a);
    expect(selectionKey(state({ from: 2016, country: "ZMB" }))).not.toBe(a);
  });
});

describe("the presentation parameters", () => {
  it("reads present and slide as page parameters, apart from the filters", () => {
    const { values, notices } = parseQuery("?inst=bpc&present=1&slide=4");
    expect(notices).toEqual([]);
    expect(values).toMatchObject({ present: true, slide: 4 });
    expect(filtersOf(values)).toEqual(state({ inst: "bpc" }));
  });

  it.each(["0", "-2", "2.5", "two", "", "99999"])(
    "ignores slide=%j with a notice",
    (slide) => {
      const { values, notices } = parseQuery(`?present=1&slide=${slide}`);
      expect(values.slide).toBeUndefined();
      expect(notices).toEqual([
        { name: "slide", value: slide, reason: "reasonSlide" },
      ]);
    },
  );

  it("takes present=0 as the page", () => {
    expect(parseQuery("?present=0").values.present).toBe(false);
    expect(parseQuery("?present=yes").notices[0]!.reason).toBe("reasonOneOf");
  });

  it("leaves present and slide out of the links the page writes: the deck sets them itself", () => {
    const { values } = parseQuery("?inst=bpc&present=1&slide=3");
    expect(toQuery(filtersOf(values), { present: true, slide: 3 })).toBe(
      "?inst=bpc",
    );
    expect(toQuery(state({}), {})).toBe("");
  });
});
