import { describe, expect, it } from "vitest";
import { groupSlotsByPartOfDay, partOfDay } from "./slot-groups";

const slot = (startsAt: string) => ({ startsAt, endsAt: startsAt, staffIds: ["a"] });

describe("groupSlotsByPartOfDay", () => {
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
    const groups = groupSlotsByPartOfDay(
      [slot("2027-03-15T18:00:00.000Z"), slot("2027-03-15T09:00:00.000Z"), slot("2027-03-15T09:30:00.000Z")],
      "UTC",
    );
    expect(groups.map((group) => [group.part, group.slots.length])).toEqual([
      ["morning", 2],
      ["evening", 1],
    ]);
  });
});
