import { describe, expect, it } from "vitest";
import { groupByClientDay, hasClassAfter, matchesFilters } from "./timetable";

const session = (id: string, startsAt: string) => ({
  id,
  startsAt,
  location: { id: "loc_london" },
  instructor: { id: "stf_oliver" },
  service: { id: "svc_vinyasa_yoga" },
});

describe("groupByClientDay", () => {
  it("files classes under the client's local date, in start order, keeping empty days", () => {
    const classes = [
      session("late", "2026-06-02T17:30:00Z"),
      session("early", "2026-06-02T06:00:00Z"),
      // 20:30 in Mumbai on Sunday 7 June is 16:00 in London the same day…
      session("mumbai-sunday", "2026-06-07T15:00:00Z"),
      // …and 23:30 Sunday UTC is Monday 8 June in Mumbai: outside this week there.
      session("next-monday-in-mumbai", "2026-06-07T23:30:00Z"),
      session("previous-sunday", "2026-05-31T12:00:00Z"),
    ];
    const london = groupByClientDay(classes, "2026-06-01", "Europe/London");
    expect(london.map((day) => day.date)).toHaveLength(7);
    expect(london[1]!.classes.map((c) => c.id)).toEqual(["early", "late"]);
    expect(london[6]!.classes.map((c) => c.id)).toEqual(["mumbai-sunday"]);
    expect(london[0]!.classes).toEqual([]);

    // 23:30Z on Sunday is 00:30 BST on Monday 8 June in London: next week, so left out.
    expect(london.flatMap((day) => day.classes).map((c) => c.id)).not.toContain("next-monday-in-mumbai");
    const kolkata = groupByClientDay(classes, "2026-06-01", "Asia/Kolkata");
    expect(kolkata[6]!.classes.map((c) => c.id)).toEqual(["mumbai-sunday"]);
  });
});

describe("matchesFilters", () => {
  const none = { locationId: null, instructorId: null, serviceId: null };

  it("keeps everything without filters and narrows by each one", () => {
    const yoga = session("a", "2026-06-02T06:00:00Z");
    expect(matchesFilters(yoga, none)).toBe(true);
    expect(matchesFilters(yoga, { ...none, locationId: "loc_mumbai" })).toBe(false);
    expect(matchesFilters(yoga, { ...none, instructorId: "stf_oliver", serviceId: "svc_vinyasa_yoga" })).toBe(
      true,
    );
    expect(matchesFilters({ ...yoga, instructor: null }, { ...none, instructorId: "stf_oliver" })).toBe(
      false,
    );
  });
});

describe("hasClassAfter", () => {
  const week = groupByClientDay(
    [session("monday", "2026-06-01T09:00:00Z"), session("friday", "2026-06-05T18:00:00Z")],
    "2026-06-01",
    "Europe/London",
  );
  const anyFilter = { locationId: null, instructorId: null, serviceId: null };

  it("sees a class still to come, and none once the last has started", () => {
    expect(hasClassAfter(week, anyFilter, Date.parse("2026-06-05T17:59:00Z"))).toBe(true);
    expect(hasClassAfter(week, anyFilter, Date.parse("2026-06-05T18:00:00Z"))).toBe(false);
  });

  it("counts only classes that fit the filters", () => {
    const early = Date.parse("2026-06-01T00:00:00Z");
    expect(hasClassAfter(week, { ...anyFilter, instructorId: "stf_oliver" }, early)).toBe(true);
    expect(hasClassAfter(week, { ...anyFilter, instructorId: "stf_amelia" }, early)).toBe(false);
  });
});
