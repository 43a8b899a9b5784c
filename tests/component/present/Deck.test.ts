import { fireEvent, render } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it, vi } from "vitest";
import type { PageParams } from "../../../src/lib/state/url.ts";
import { generateDeck } from "../../../src/present/deck.ts";
import Deck from "../../../src/present/Deck.svelte";
import { bundledDataset } from "../../helpers/fixtures.ts";
import { testGeometry } from "../../helpers/geometry.ts";
import { en } from "../../helpers/messages.ts";

const dataset = bundledDataset();
const slides = generateDeck(dataset);

function setup(page: PageParams & { embed?: boolean }, search = "") {
  history.replaceState(null, "", `/deck/?present=1${search}`);
  const leave = vi.fn();
  const view = render(Deck, {
    slides,
    dataset,
    geometry: testGeometry,
    page: { present: true, ...page },
    lang: "en",
    t: en,
    leave,
  });
  const current = () =>
    view.container
      .querySelector("[data-slide][data-current]")
      ?.getAttribute("data-slide");
  const button = (name: string) =>
    view.container.querySelector<HTMLButtonElement>(
      `[data-deck-button="${name}"]`,
    );
  const press = async (key: string, target: Element | Window = window) => {
    await fireEvent.keyDown(target, { key });
    await tick();
  };
  return { view, current, button, press, leave };
}

describe("Deck", () => {
  it("renders every slide, slide N current, with its title and source line", () => {
    const { view, current } = setup({ slide: 3 });
    expect(view.container.querySelectorAll("[data-slide]")).toHaveLength(
      slides.length,
    );
    expect(current()).toBe("3");
    const third = view.container.querySelector('[data-slide="3"]')!;
    expect(third.getAttribute("data-slide-kind")).toBe(slides[2]!.kind);
    expect(third.querySelector("h2")!.textContent).toBe(
      slides[2]!.records[0]!.title.en,
    );
    for (const line of view.container.querySelectorAll("[data-source]"))
      expect(line.textContent).toMatch(/^Sources?: /);
  });

  it("opens a slide past the end at the last one", () => {
    const { current } = setup({ slide: 999 });
    expect(current()).toBe(String(slides.length));
  });

  it("moves with next and previous keys, and writes the slide into the address", async () => {
    const { current, press } = setup({ slide: 1 });
    await press("ArrowRight");
    await press("PageDown");
    expect(current()).toBe("3");
    expect(new URLSearchParams(location.search).get("slide")).toBe("3");
    await press("PageUp");
    expect(current()).toBe("2");
    await press("ArrowLeft");
    await press("ArrowLeft");
    expect(current()).toBe("1");
  });

  it("goes to the first and last slide with Home and End", async () => {
    const { current, press } = setup({ slide: 2 });
    await press("End");
    expect(current()).toBe(String(slides.length));
    await press("Home");
    expect(current()).toBe("1");
  });

  it("leaves for the page with the filters and without present or slide on Esc", async () => {
    const { press, leave } = setup(
      { slide: 2 },
      "&slide=2&inst=bpc&from=2016&kind=flow~event",
    );
    await press("Escape");
    expect(leave).toHaveBeenCalledWith(
      "/deck/?inst=bpc&from=2016&kind=flow~event",
    );
  });

  it("leaves keys typed in a field alone", async () => {
    const { view, current, press } = setup({ slide: 2 });
    const input = document.createElement("input");
    view.container.append(input);
    await press("ArrowRight", input);
    expect(current()).toBe("2");
  });

  it("shows its own previous and next buttons when embedded, and no leave button; Esc stays", async () => {
    const { current, button, press, leave } = setup({ slide: 1, embed: true });
    expect(button("leave")).toBeNull();
    expect(button("prev")!.disabled).toBe(true);
    await fireEvent.click(button("next")!);
    await fireEvent.click(button("next")!);
    expect(current()).toBe("3");
    await fireEvent.click(button("prev")!);
    expect(current()).toBe("2");
    await press("Escape");
    expect(leave).not.toHaveBeenCalled();
  });

  it("has a leave button and no previous/next buttons on its own page", () => {
    const { button } = setup({ slide: 1 });
    expect(button("leave")).not.toBeNull();
    expect(button("next")).toBeNull();
  });
});
