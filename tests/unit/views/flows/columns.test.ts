import { describe, expect, it } from "vitest";
import {
  columnsOf,
  type Needs,
  type Role,
} from "../../../../src/views/flows/columns.ts";

const both: Role[] = ["place", "category", "hub", "category", "place"];
const received: Role[] = ["place", "category", "hub"];
const needs: Needs = {
  word: { place: 70, category: 80, hub: 45 },
  hubName: 72,
  link: 50,
};

describe("columnsOf", () => {
  it.each([
    ["both directions", both, 800],
    ["one direction", received, 600],
    ["one direction on a phone", received, 254],
  ])("puts the columns in order inside the width (%s)", (_, roles, width) => {
    const { xs, gaps } = columnsOf(roles, needs, width, 10);
    expect(xs).toHaveLength(roles.length);
    expect(gaps).toHaveLength(roles.length - 1);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]![0]).toBeCloseTo(xs[i - 1]![1] + gaps[i - 1]!, 6);
    expect(xs[0]![0]).toBeGreaterThanOrEqual(needs.word.place + 8);
    const right = roles.at(-1) === "place" ? needs.word.place + 8 : 0;
    expect(width - xs.at(-1)![1]).toBeGreaterThanOrEqual(right - 1e-6);
  });

  it("gives every gap what its labels need when there is room, and shares the rest", () => {
    const { gaps } = columnsOf(both, needs, 800, 10);
    expect(gaps[0]).toBeGreaterThanOrEqual(needs.link + 10);
    expect(gaps[1]).toBeGreaterThanOrEqual(needs.word.category + 10);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
  });

  it("keeps the categories' words whole when it is too narrow, and lets the link labels give way", () => {
    const { gaps } = columnsOf(received, needs, 270, 8);
    expect(gaps[1]).toBe(needs.word.category + 10);
    expect(gaps[0]).toBeLessThan(needs.link + 10);
  });

  it("makes the hub wide enough for its longest word, never past 110 px", () => {
    const { xs } = columnsOf(received, needs, 254, 8);
    const hub = xs[2]!;
    expect(hub[1] - hub[0]).toBeGreaterThanOrEqual(needs.word.hub + 10);
    const wide = columnsOf(received, { ...needs, hubName: 300 }, 1200, 10)
      .xs[2]!;
    expect(wide[1] - wide[0]).toBe(110);
  });
});
