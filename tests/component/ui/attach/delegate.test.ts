import { afterEach, describe, expect, it } from "vitest";
import { delegate } from "../../../../src/ui/attach/delegate.ts";

afterEach(() => document.body.replaceChildren());

function page() {
  document.body.innerHTML = `
    <div id="outer" data-key="outer">
      <div id="root">
        <svg><g data-key="a"><rect id="in-a"></rect></g><g id="plain"></g></svg>
        <p data-key="html">not a mark</p>
      </div>
    </div>`;
  return (id: string) => document.getElementById(id)!;
}

describe("delegate", () => {
  it("hands each event on a matching element inside the container its key", () => {
    const el = page();
    const seen: string[] = [];
    const detach = delegate("svg [data-key]", "data-key", {
      click: (key) => seen.push(`click ${key}`),
      pointerover: (key, event) => seen.push(`${event.type} ${key}`),
    })(el("root"));
    el("in-a").dispatchEvent(new Event("click", { bubbles: true }));
    el("in-a").dispatchEvent(new Event("pointerover", { bubbles: true }));
    // Not a match: a plain element, one outside the SVG, one only outside the container.
    el("plain").dispatchEvent(new Event("click", { bubbles: true }));
    document
      .querySelector("p")!
      .dispatchEvent(new Event("click", { bubbles: true }));
    expect(seen).toEqual(["click a", "pointerover a"]);

    const outer = delegate("[data-key]", "data-key", {
      click: (key) => seen.push(`outer ${key}`),
    })(el("root"));
    el("plain").dispatchEvent(new Event("click", { bubbles: true }));
    expect(seen).toEqual(["click a", "pointerover a"]);
    outer();

    detach();
    el("in-a").dispatchEvent(new Event("click", { bubbles: true }));
    expect(seen).toHaveLength(2);
  });
});
