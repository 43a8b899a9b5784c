import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { namedCountries } from "../../../../src/lib/data/aggregate.ts";
import type { Dataset } from "../../../../src/lib/data/schema.ts";
import { intervalOf } from "../../../../src/lib/data/time.ts";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import TableView from "../../../../src/views/table/TableView.svelte";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import ViewHarness from "../ViewHarness.svelte";

const dataset = bundledDataset();
const DATA_URL = "http://localhost/atlas/data/cooperation.json";

function setup(data: Dataset = dataset) {
  let filters!: Filters;
  const view = render(ViewHarness, {
    view: TableView,
    dataUrl: DATA_URL,
    dataset: data,
    expose: (f: Filters) => (filters = f),
  });
  const table = view.container.querySelector<HTMLElement>(
    '[data-view="table"]',
  )!;
  const rows = () => [
    ...table.querySelectorAll<HTMLTableRowElement>("tbody tr[data-record]"),
  ];
  const ids = () => rows().map((r) => r.dataset.record!);
  const row = (id: string) =>
    table.querySelector<HTMLTableRowElement>(`tr[data-record="${id}"]`)!;
  const header = (name: string) =>
    within(table).getByRole("button", { name: new RegExp(`^${name}`) });
  const column = (name: string) =>
    [...table.querySelectorAll("thead th")].findIndex((th) =>
      th.textContent!.startsWith(name),
    );
  const cells = (name: string) => {
    const at = column(name);
    return rows().map((r) => r.cells[at]!.textContent!.trim());
  };
  return { table, rows, ids, row, header, cells, filters: () => filters };
}

const start = (id: string) => {
  const r = dataset.records.find((x) => x.id === id)!;
  const source = dataset.sources.find((s) => s.id === r.source)!;
  const [first, last] = intervalOf(r.time, source.published.date);
  return first ?? last;
};

afterEach(() => vi.restoreAllMocks());

describe("TableView", () => {
  it("is a table with a caption, column headers and a row per record, in time order", () => {
    const { table, ids } = setup();
    const grid = within(table).getByRole("table");
    expect(grid.querySelector("caption")).toHaveTextContent(/Sort by a column/);
    expect(
      [...grid.querySelectorAll("thead th")].every(
        (th) => th.getAttribute("scope") === "col",
      ),
    ).toBe(true);
    expect(grid.querySelectorAll('tbody th[scope="row"]')).toHaveLength(
      dataset.records.length,
    );
    expect([...ids()].sort()).toEqual(dataset.records.map((r) => r.id).sort());
    expect(
      table.querySelector('th[aria-sort="ascending"]')!.textContent,
    ).toMatch(/^Time/);
    const starts = ids().map(start);
    expect(starts).toEqual([...starts].sort());
  });

  it("sorts by a column on click, ascending then descending, with aria-sort", async () => {
    const { table, header, cells } = setup();
    await fireEvent.click(header("Institution"));
    const th = header("Institution").closest("th")!;
    expect(th).toHaveAttribute("aria-sort", "ascending");
    expect(table.querySelectorAll("th[aria-sort]")).toHaveLength(1);
    const up = cells("Institution");
    expect(up).toEqual(
      [...up].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    );
    await fireEvent.click(header("Institution"));
    expect(th).toHaveAttribute("aria-sort", "descending");
    const down = cells("Institution");
    expect([...new Set(down)]).toEqual([...new Set(up)].reverse());
  });

  it("sorts by number from the least the source vouches for; rows without one last", async () => {
    const { header, ids, cells } = setup();
    await fireEvent.click(header("Number"));
    await fireEvent.click(header("Number"));
    const order = ids();
    // The two 400+ figures lead, in the dataset's order (the sort is stable).
    expect(order.slice(0, 2)).toEqual([
      "bjut-academic-lectures",
      "bjut-conference-trips",
    ]);
    expect(order.indexOf("bpc-key-teachers-sent")).toBeLessThan(
      order.indexOf("bjut-doctoral-students-abroad"),
    );
    // "dozens" counts as its lower bound, 0; a milestone with no number comes after it.
    expect(order.indexOf("bpc-going-out-pilot")).toBeGreaterThan(
      order.indexOf("anshun-taiwan-visitors"),
    );
    expect(cells("Number").at(-1)).toBe("–");
  });

  it("the rows are one Tab stop; arrows, Home and End move between them", async () => {
    const { rows, row } = setup();
    const stops = rows().filter((r) => r.tabIndex === 0);
    expect(stops).toHaveLength(1);
    const [first] = rows();
    first!.focus();
    await fireEvent.keyDown(first!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1]!.tabIndex).toBe(0);
    expect(first!.tabIndex).toBe(-1);
    await fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(rows().at(-1));
    await fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement).toBe(first);
    await fireEvent.keyDown(first!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(rows().at(-1));
    // Only the focused row's source link is in the Tab order.
    const links = [...document.querySelectorAll("tbody a")];
    expect(links.filter((a) => (a as HTMLElement).tabIndex === 0)).toEqual([
      ...rows().at(-1)!.querySelectorAll("a"),
    ]);
    expect(row(rows().at(-1)!.dataset.record!)).toHaveFocus();
  });

  it("Enter opens a row's summary and quote and selects its record; Escape closes it", async () => {
    const { table, row, filters } = setup();
    const id = "bpc-zambia-teachers";
    const record = dataset.records.find((r) => r.id === id)!;
    row(id).focus();
    await fireEvent.keyDown(row(id), { key: "Enter" });
    expect(filters().record).toBe(id);
    expect(row(id)).toHaveAttribute("data-selected");
    const detail = table.querySelector<HTMLElement>(`[data-detail="${id}"]`)!;
    expect(detail).toHaveTextContent(record.summary.en);
    expect(detail.querySelector("blockquote")).toHaveTextContent(record.quote);
    await fireEvent.keyDown(row(id), { key: "Escape" });
    expect(filters().record).toBeNull();
    expect(row(id)).not.toHaveAttribute("data-selected");
    expect(table.querySelector("[data-detail]")).toBeNull();
  });

  it("a click opens a row, a second click closes it; the source link does not toggle it", async () => {
    const { row, filters } = setup();
    const id = "anshun-china-cee-union";
    await fireEvent.click(row(id).cells[2]!);
    expect(filters().record).toBe(id);
    await fireEvent.click(row(id).cells[2]!);
    expect(filters().record).toBeNull();
    const link = within(row(id)).getByRole("link");
    const record = dataset.records.find((r) => r.id === id)!;
    const file = dataset.sources.find((s) => s.id === record.source)!.file;
    expect(link).toHaveAttribute(
      "href",
      `http://localhost/atlas/data/sources/${file}`,
    );
    link.addEventListener("click", (e) => e.preventDefault());
    await fireEvent.click(link);
    expect(filters().record).toBeNull();
  });

  it("follows a record selected elsewhere", async () => {
    const { row, filters } = setup();
    filters().record = "bpc-talent-base";
    await tick();
    expect(row("bpc-talent-base")).toHaveAttribute("data-selected");
    expect(row("bpc-talent-base").tabIndex).toBe(0);
  });

  it("a selected country narrows the rows to the records naming it, says so, and can be cleared", async () => {
    const { table, ids, filters } = setup();
    filters().country = "TWN";
    await tick();
    const naming = dataset.records
      .filter((r) => namedCountries(r).includes("TWN"))
      .map((r) => r.id);
    expect(naming.length).toBeGreaterThan(0);
    expect([...ids()].sort()).toEqual([...naming].sort());
    const line = table.querySelector<HTMLElement>("[data-country-only]")!;
    expect(line).toHaveTextContent(
      `Only records naming Taiwan, China: ${naming.length}.`,
    );
    await fireEvent.click(
      within(line).getByRole("button", { name: "Show all countries" }),
    );
    expect(filters().country).toBeNull();
    expect(ids()).toHaveLength(dataset.records.length);
    expect(table.querySelector("[data-country-only]")).toBeNull();
  });

  it("says in words when no record matches", async () => {
    const { table, filters } = setup();
    filters().q = "no record says this zzqx";
    await tick();
    expect(table.querySelector("table")).toBeNull();
    expect(
      screen.getByText("No records match the filters chosen."),
    ).toBeVisible();
    expect(within(table).queryByRole("button", { name: /CSV/ })).toBeNull();
  });

  it("draws a hundred rows at first and a hundred more per click", async () => {
    const many: Dataset = {
      ...dataset,
      records: Array.from({ length: 250 }, (_, i) => ({
        ...dataset.records[i % dataset.records.length]!,
        id: `record-${i}`,
      })),
    };
    const { table, rows } = setup(many);
    expect(rows()).toHaveLength(100);
    expect(table).toHaveTextContent("Showing 100 of 250 records.");
    await fireEvent.click(
      screen.getByRole("button", { name: "Show 100 more" }),
    );
    expect(rows()).toHaveLength(200);
    await fireEvent.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  }, 20_000); // 300 rows in jsdom: seconds on a loaded machine

  it("downloads exactly the rows shown, all pages, in the order shown", async () => {
    const many: Dataset = {
      ...dataset,
      records: Array.from({ length: 150 }, (_, i) => ({
        ...dataset.records[i % dataset.records.length]!,
        id: `record-${i}`,
      })),
    };
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:x"));
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, "click")
      .mockImplementation(() => {});
    const { ids, header, filters } = setup(many);
    filters().inst = "bjut";
    await tick();
    await fireEvent.click(header("Record"));
    await fireEvent.click(
      screen.getByRole("button", { name: /^Download CSV/ }),
    );
    expect(click).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blobs[0]!.type).toBe("text/csv;charset=utf-8");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split("\r\n").filter(Boolean);
    const shown = ids();
    expect(shown.length).toBeLessThanOrEqual(100);
    const inFile = lines.slice(1).map((l) => l.split(",")[0]);
    expect(inFile.slice(0, shown.length)).toEqual(shown);
    expect(inFile).toHaveLength(
      many.records.filter((r) => r.institution === "bjut").length,
    );
  });
});
