import { describe, expect, it } from "vitest";
import { attributeQuery, scriptFolder } from "../../../src/embed/attributes.ts";
import { hostStyles } from "../../../src/embed/host-css.ts";
import { filtersOf, parseQuery } from "../../../src/lib/state/url.ts";

describe("attributeQuery", () => {
  it("reads the element's attributes as the app's address would carry them", () => {
    const attributes: Record<string, string> = {
      view: "map",
      lang: "zh",
      inst: " bpc ",
      from: "2016",
      to: "2018",
      data: "data/other.json",
      title: "not ours",
    };
    const query = attributeQuery((name) => attributes[name] ?? null);
    const { values, notices } = parseQuery(query);
    expect(notices).toEqual([]);
    expect(values.lang).toBe("zh");
    expect(values.data).toBe("data/other.json");
    expect(filtersOf(values)).toMatchObject({
      view: "map",
      inst: "bpc",
      from: 2016,
      to: 2018,
    });
  });

  it("leaves out attributes that are empty or missing", () => {
    expect(attributeQuery((name) => (name === "view" ? "" : null))).toBe("");
  });
});

describe("scriptFolder", () => {
  it("is the folder relative data paths are read against", () => {
    expect(
      scriptFolder("https://x.edu/static/atlas/cooperation-atlas.js?v=2"),
    ).toBe("https://x.edu/static/atlas/");
  });
});

describe("hostStyles", () => {
  it("moves the page-level rules onto the atlas's frame inside the shadow root", () => {
    const css = hostStyles(
      ":root{--accent:#1f5f8b}body{margin:0}#app{padding:1px}@media print{:root{color-scheme:light}body{background:#fff}}h2{margin:0}",
    );
    expect(css).not.toMatch(/:root|(^|[\s,}])body\b|#app/);
    expect(css).toContain(".atlas-root{--accent:#1f5f8b}");
    expect(css).toContain(".atlas-root{padding:1px}");
    expect(css).toContain("h2{margin:0}");
    // The host element is a block; the frame sets its own font and colour last.
    expect(css).toContain(":host{display:block!important}");
    expect(css.lastIndexOf(".atlas-root{all:initial")).toBeGreaterThan(
      css.indexOf(".atlas-root{padding:1px}"),
    );
  });
});
