import { describe, expect, it } from "vitest";
import type { TimetableClass } from "./public-class";
import { groupByClientDay, matchesFilters, regroupWeek } from "./timetable";
import type { TimetableWeek } from "./views";

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

describe("regroupWeek", () => {
  it("moves the same week's classes to another zone's days, keeping what it knew about them", () => {
    const classes = [
      session("monday-evening", "2026-06-01T17:00:00Z"),
      // 23:00 on Sunday in London is 18:00 in New York: still Sunday there.
      session("sunday-late", "2026-06-07T22:00:00Z"),
      // 01:00 on Tuesday in London is 20:00 on Monday in New York.
      session("tuesday-small-hours", "2026-06-02T00:00:00Z"),
    ] as unknown as TimetableClass[];
    const london: TimetableWeek = {
      week: "2026-06-01",
      timeZone: "Europe/London",
      days: groupByClientDay(classes, "2026-06-01", "Europe/London"),
      checkedAt: 1_780_000_000_000,
      stale: true,
    };
    const newYork = regroupWeek(london, "America/New_York");
    expect(newYork).toMatchObject({ week: "2026-06-01", timeZone: "America/New_York", stale: true });
    expect(newYork.checkedAt).toBe(london.checkedAt);
    expect(newYork.days.map((day) => day.classes.map((c) => c.id))).toEqual([
      ["monday-evening", "tuesday-small-hours"],
      [],
      [],
      [],
      [],
      [],
      ["sunday-late"],
    ]);
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
