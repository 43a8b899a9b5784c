import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import App from "../../src/App.svelte";
import { start } from "../../src/boot.ts";
import { dropAddress } from "../../src/lib/state/history.ts";
import { fixtureFetch } from "../helpers/fixture-fetch.ts";
import { englishWords } from "../helpers/english.ts";
import { bundledDataset } from "../helpers/fixtures.ts";

const PAGE = "http://localhost/atlas/index.html";

// The views below the map load when they come near the screen. Here nothing comes near it:
// these tests are about the page, and a view still loading when a test ends would import
// d3 after the test environment is gone. The views have their own tests.
globalThis.IntersectionObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
} as unknown as typeof IntersectionObserver;

// The address follows the state once it has rested (src/lib/state/history.ts); a test that ends
// sooner would leave that timer to write it after the test environment is gone.
afterEach(() => dropAddress());

/** The app on `query` (a fixture's address, a language), as a browser asking for `langs`. */
async function openApp(query: string, langs = ["en"]) {
  const boot = await start(`${PAGE}${query}`, langs, fixtureFetch());
  return render(App, { boot });
}

describe("App", () => {
  it("shows a loading state, then the dataset's institutions and counts", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const boot = await start(
      `${PAGE}?data=/fixtures/minimal.json`,
      ["en"],
      fixtureFetch(gate),
    );
    const { container } = render(App, { boot });
    expect(screen.getByText("Loading the dataset…")).toBeInTheDocument();
    open();
    expect(
      await screen.findByRole("option", { name: "Alpha" }),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      "4",
    );
    expect(
      container.querySelector('[data-stat="countries"]'),
    ).toHaveTextContent("4");
    expect(
      within(screen.getByRole("combobox", { name: "Institution" }))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All institutions", "Alpha", "Beta"]);
    expect(screen.queryByText("Loading the dataset…")).not.toBeInTheDocument();
  });

  it("holds a container for every view, by its data-view name", async () => {
    const { container } = await openApp("?data=/fixtures/minimal.json");
    await screen.findByRole("option", { name: "Alpha" });
    const views = [...container.querySelectorAll("[data-view]")].map((el) =>
      el.getAttribute("data-view"),
    );
    expect(views).toEqual(["map", "timeline", "flows", "table"]);
  });

  it("keeps valid records and lists the left-out ones in a status notice", async () => {
    const { container } = await openApp("?data=/fixtures/mixed.json");
    // The panel and its wording load on demand: the first time, compiled by the test server.
    const panel = await screen.findByText(
      "5 entries were left out because they have problems",
      {},
      { timeout: 5000 },
    );
    const items = within(panel.closest("section")!).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toContain(
      'records[7] "alpha-reversed": time.end is 2012, before the start 2018',
    );
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      "4",
    );
  });

  it("a refused file shows an alert with the reason instead of a blank page", async () => {
    await openApp("?data=/fixtures/broken/no-records.json");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This dataset cannot be shown");
    expect(alert).toHaveTextContent("records is missing");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Cooperation Atlas",
    );
  });

  it("in Chinese, the left-out entries are listed in Chinese, with their ids and fields", async () => {
    const { container } = await openApp("?lang=zh&data=/fixtures/mixed.json");
    const panel = await screen.findByRole(
      "heading",
      { name: "有 5 个条目存在问题，未予显示" },
      { timeout: 5000 },
    );
    const items = within(panel.closest("section")!).getAllByRole("listitem");
    expect(items.map((li) => li.textContent?.trim())).toContain(
      "第 8 条记录（alpha-reversed）的 time.end 为 2012，早于开始时间 2018",
    );
    for (const li of items) expect(englishWords(li.textContent!)).toEqual([]);
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      "4",
    );
  });

  it("an empty dataset says so instead of showing an empty map alone", async () => {
    const { container } = await openApp("?data=/fixtures/empty.json");
    const notice = await screen.findByRole(
      "status",
      { name: "This dataset has no records" },
      { timeout: 5000 },
    );
    expect(notice).toHaveAttribute("data-problems", "empty");
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      "0",
    );
  });

  it.each([
    [[], "refused"],
    [["https://data.example.edu"], "loaded"],
  ])(
    "a dataset on another site, the host allowing %j, is %s",
    async (origins, outcome) => {
      const boot = await start(
        `${PAGE}?data=https://data.example.edu/fixtures/minimal.json`,
        ["en"],
        fixtureFetch(),
        origins,
      );
      const { container } = render(App, { boot });
      if (outcome === "loaded") {
        expect(
          await screen.findByRole("option", { name: "Alpha" }),
        ).toBeInTheDocument();
        expect(
          container.querySelector('[data-stat="records"]'),
        ).toHaveTextContent("4");
      } else {
        expect(await screen.findByRole("alert")).toHaveTextContent(
          "is on another site (https://data.example.edu)",
        );
      }
    },
  );

  it("the host page's <meta name=atlas-data-origins> allows another origin", async () => {
    const meta = document.createElement("meta");
    meta.name = "atlas-data-origins";
    meta.content = "https://data.example.edu";
    document.head.append(meta);
    try {
      const { container } = await openApp(
        "?data=https://data.example.edu/fixtures/minimal.json",
      );
      await screen.findByRole("option", { name: "Alpha" });
      expect(
        container.querySelector('[data-stat="records"]'),
      ).toHaveTextContent("4");
    } finally {
      meta.remove();
    }
  });

  it("speaks Chinese when asked, with Chinese institution names and numbers", async () => {
    const { container } = await openApp("?lang=zh&data=/fixtures/minimal.json");
    expect(
      await screen.findByRole("option", { name: "阿尔法" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "国际合作地图",
    );
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      "4",
    );
    expect(screen.getByRole("link", { name: "English" })).toHaveAttribute(
      "href",
      expect.stringContaining("lang=en"),
    );
  });

  it("answers a choice on the map first, and opens or closes the detail panel a frame later", async () => {
    const { container } = await openApp("?data=/fixtures/minimal.json");
    const picker = await screen.findByRole("combobox", { name: "Institution" });
    const partners = () =>
      [...container.querySelectorAll('[data-view="map"] [data-partner]')]
        .map((el) => el.getAttribute("data-country"))
        .sort();
    const row = container.querySelector(".map-row")!;
    const panel = () => container.querySelector("aside");
    await waitFor(() => expect(partners().length).toBeGreaterThan(1));
    const all = partners();

    await fireEvent.change(picker, { target: { value: "alpha" } });
    // The map shows Alpha's partners at once; the panel and the narrower map wait a frame.
    expect(partners()).toEqual(["ZMB"]);
    expect(all).toContain("ZMB");
    expect(row).not.toHaveClass("with-detail");
    expect(panel()).toBeNull();
    expect(await screen.findByRole("complementary")).toHaveTextContent("Alpha");
    expect(row).toHaveClass("with-detail");

    await fireEvent.change(picker, { target: { value: "" } });
    // Closing: the map's partners at once, its wider layout a frame later.
    expect(partners()).toEqual(all);
    expect(row).toHaveClass("with-detail");
    await waitFor(() => expect(row).not.toHaveClass("with-detail"));
    expect(panel()).toBeNull();
  });

  it("loads the bundled dataset when the address names none", async () => {
    const { container } = await openApp("", ["en-GB"]);
    const picker = await screen.findByRole("combobox", { name: "Institution" });
    expect(within(picker).getAllByRole("option")).toHaveLength(6);
    expect(container.querySelector('[data-stat="records"]')).toHaveTextContent(
      String(bundledDataset().records.length),
    );
  });
});
