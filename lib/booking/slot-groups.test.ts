import { describe, expect, it } from "vitest";
import { groupStartsByPartOfDay, partOfDay } from "./slot-groups";

describe("groupStartsByPartOfDay", () => {
  it("splits at 12:00 and 17:00 in the client's zone", () => {
    expect(partOfDay("2027-03-15T11:59:00.000Z", "UTC")).toBe("morning");
    expect(partOfDay("2027-03-15T12:00:00.000Z", "UTC")).toBe("afternoon");
    expect(partOfDay("2027-03-15T16:59:00.000Z", "UTC")).toBe("afternoon");
    expect(partOfDay("2027-03-15T17:00:00.000Z", "UTC")).toBe("evening");
  });

  it("uses the client's clock, not UTC's", () => {
    // 09:00Z is 14:30 in Kolkata and 05:00 in New York (after its DST change).
    expect(partOfDay("2027-03-15T09:00:00.000Z", "Asia/Kolkata")).toBe("afternoon");
    expect(partOfDay("2027-03-15T09:00:00.000Z", "America/New_York")).toBe("morning");
  });

  it("leaves out empty groups and keeps order", () => {
    const groups = groupStartsByPartOfDay(
      ["2027-03-15T18:00:00.000Z", "2027-03-15T09:00:00.000Z", "2027-03-15T09:30:00.000Z"],
      "UTC",
    );
    expect(groups.map((group) => [group.part, group.starts.length])).toEqual([
      ["morning", 2],
      ["evening", 1],
    ]);
  });
});
