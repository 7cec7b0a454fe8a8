import { describe, expect, it } from "vitest";
import { classTimeLabels, formatWeekRange } from "./class-time-labels";

describe("classTimeLabels", () => {
  it("shows the client's time and adds the studio's when the clocks differ", () => {
    // 20:30 in Mumbai is 16:00 in London during British Summer Time.
    const mumbai = { startsAt: "2026-06-03T15:00:00.000Z", timeZone: "Asia/Kolkata" };
    const labels = classTimeLabels(mumbai, "Europe/London", "en");
    expect(labels.time).toBe("4:00 PM");
    expect(labels.day).toBe("Wednesday, June 3");
    expect(labels.studioTime).toBe("8:30 PM GMT+5:30");
  });

  it("adds nothing when the client is in the studio's zone or one with the same clock", () => {
    const london = { startsAt: "2026-06-03T17:30:00.000Z", timeZone: "Europe/London" };
    expect(classTimeLabels(london, "Europe/London", "en").studioTime).toBeNull();
    expect(classTimeLabels(london, "Europe/Dublin", "en").studioTime).toBeNull();
  });

  it("follows daylight saving on the change day itself", () => {
    // Sunday 28 March 2027: London springs forward at 01:00 UTC; 09:00 BST is 08:00 UTC.
    const session = { startsAt: "2027-03-28T08:00:00.000Z", timeZone: "Europe/London" };
    expect(classTimeLabels(session, "Europe/London", "en").time).toBe("9:00 AM");
    expect(classTimeLabels(session, "Asia/Kolkata", "en")).toMatchObject({
      time: "1:30 PM",
      studioTime: "9:00 AM GMT+1",
    });
  });
});

describe("formatWeekRange", () => {
  it("spaces the range with plain spaces, as every browser's ICU does", () => {
    expect(formatWeekRange("2026-06-01", "2026-06-07", "en")).toBe("Jun 1 – 7, 2026");
    expect(formatWeekRange("2026-11-16", "2026-11-22", "en-GB")).toBe("16 – 22 Nov 2026");
  });
});
