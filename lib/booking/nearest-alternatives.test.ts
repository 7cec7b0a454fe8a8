import { describe, expect, it } from "vitest";
import { alternativesUnlessFree, nearestAlternatives } from "./nearest-alternatives";

describe("nearestAlternatives", () => {
  it("offers the closest free times either side, in time order, never the taken one", () => {
    const slots = [
      "2027-03-15T08:00:00.000Z",
      "2027-03-15T09:45:00.000Z",
      "2027-03-15T10:00:00.000Z",
      "2027-03-15T10:15:00.000Z",
      "2027-03-15T10:45:00.000Z",
      "2027-03-16T10:00:00.000Z",
    ];
    expect(nearestAlternatives(slots, "2027-03-15T10:00:00.000Z")).toEqual([
      "2027-03-15T08:00:00.000Z",
      "2027-03-15T09:45:00.000Z",
      "2027-03-15T10:15:00.000Z",
      "2027-03-15T10:45:00.000Z",
    ]);
  });

  it("offers fewer when fewer are free", () => {
    expect(nearestAlternatives(["2027-03-16T10:00:00.000Z"], "2027-03-15T10:00:00.000Z")).toHaveLength(1);
    expect(nearestAlternatives([], "2027-03-15T10:00:00.000Z")).toEqual([]);
  });
});

describe("alternativesUnlessFree", () => {
  const slots = ["2027-03-15T09:45:00.000Z", "2027-03-15T10:15:00.000Z"];

  it("lets a free time through", () => {
    expect(alternativesUnlessFree(slots, "2027-03-15T10:15:00.000Z")).toBeNull();
  });

  it("offers the nearest free times for one that is not free", () => {
    expect(alternativesUnlessFree(slots, "2027-03-15T10:00:00.000Z")?.alternatives).toEqual(slots);
    expect(alternativesUnlessFree([], "2027-03-15T10:00:00.000Z")).toEqual({ alternatives: [] });
  });
});
