import { describe, expect, it } from "vitest";
import { embedAddress, embedSnippet } from "../../../src/embed/snippet.ts";

const PAGE =
  "https://www.example.edu/atlas/?lang=zh&inst=bpc&from=2016&to=2018&kind=event~milestone&view=table#top";

describe("embedAddress", () => {
  it("keeps the state's parameters as written, with embed=1 and the chosen view", () => {
    expect(embedAddress(PAGE, "map")).toBe(
      "https://www.example.edu/atlas/?embed=1&view=map&lang=zh&inst=bpc&from=2016&to=2018&kind=event~milestone",
    );
  });

  it("shows every view when none is chosen, and never repeats embed", () => {
    expect(
      embedAddress("https://x.edu/a/index.html?embed=1&q=Zambia", null),
    ).toBe("https://x.edu/a/index.html?embed=1&q=Zambia");
  });
});

describe("embedSnippet", () => {
  it("writes an iframe the script recognises and the script beside the app", () => {
    const code = embedSnippet(PAGE, "map", "Cooperation Atlas: map");
    const [iframe, script] = code.split("\n");
    expect(iframe).toMatch(/^<iframe data-cooperation-atlas src="/);
    expect(iframe).toContain(
      'src="https://www.example.edu/atlas/?embed=1&amp;view=map&amp;lang=zh',
    );
    expect(iframe).toContain('title="Cooperation Atlas: map"');
    expect(iframe).toContain("width:100%");
    expect(script).toBe(
      '<script src="https://www.example.edu/atlas/embed.js" async></script>',
    );
  });

  it("escapes the title as an attribute", () => {
    expect(embedSnippet(PAGE, null, 'A "quoted" <b>')).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt;"',
    );
  });
});
