import { describe, expect, it } from "vitest";
import { addMonths, bookableMonths, calendarWeeks, datesOfMonth, isMonth, monthToShow } from "./month";

describe("months", () => {
  it("reads only real YYYY-MM months", () => {
    expect(isMonth("2027-03")).toBe(true);
    expect(isMonth("2027-13")).toBe(false);
    expect(isMonth("2027-3")).toBe(false);
  });

  it("moves across year ends both ways", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2027-03", 14)).toBe("2028-05");
  });

  it("lists every date of a month, leap years included", () => {
    expect(datesOfMonth("2028-02")).toHaveLength(29);
    expect(datesOfMonth("2027-02").at(-1)).toBe("2027-02-28");
  });

  it("lays a month out in Monday-first weeks", () => {
    // 1 March 2027 is a Monday; 31 March a Wednesday.
    const weeks = calendarWeeks("2027-03");
    expect(weeks[0]?.[0]).toBe("2027-03-01");
    expect(weeks.at(-1)).toEqual(["2027-03-29", "2027-03-30", "2027-03-31", null, null, null, null]);
    // 1 November 2026 is a Sunday: six blanks first.
    expect(calendarWeeks("2026-11")[0]).toEqual([null, null, null, null, null, null, "2026-11-01"]);
  });
});

describe("the calendar's month", () => {
  it("offers today's month up to the end of the booking window, or a year without one", () => {
    expect(bookableMonths("2027-03-24", 14)).toEqual({ first: "2027-03", last: "2027-04" });
    expect(bookableMonths("2027-03-24", null)).toEqual({ first: "2027-03", last: "2028-03" });
  });

  it("shows the month asked for, or the chosen date's, kept within the bookable months", () => {
    const months = { first: "2027-03", last: "2027-05" };
    expect(monthToShow({}, months)).toBe("2027-03");
    expect(monthToShow({ date: "2027-04-02" }, months)).toBe("2027-04");
    expect(monthToShow({ month: "2027-05", date: "2027-04-02" }, months)).toBe("2027-05");
    expect(monthToShow({ month: "2026-12" }, months)).toBe("2027-03");
    expect(monthToShow({ month: "2027-09" }, months)).toBe("2027-05");
  });
});
