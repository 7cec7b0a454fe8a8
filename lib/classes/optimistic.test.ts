import { describe, expect, it } from "vitest";
import { updateWeekClass, withBookedDelta } from "./optimistic";
import type { TimetableClass } from "./public-class";
import type { TimetableWeek } from "./views";

describe("optimistic spots", () => {
  it("takes and gives back a spot without leaving 0…capacity", () => {
    const lastSpot = { capacity: 4, booked: 3, spotsLeft: 1 };
    expect(withBookedDelta(lastSpot, 1)).toEqual({ capacity: 4, booked: 4, spotsLeft: 0 });
    expect(withBookedDelta(withBookedDelta(lastSpot, 1), -1)).toEqual(lastSpot);
    expect(withBookedDelta({ capacity: 4, booked: 0, spotsLeft: 4 }, -1)).toEqual({
      capacity: 4,
      booked: 0,
      spotsLeft: 4,
    });
    expect(withBookedDelta({ capacity: 4, booked: 4, spotsLeft: 0 }, 1)).toMatchObject({ spotsLeft: 0 });
  });

  it("changes only the class that was joined in a cached week", () => {
    const make = (id: string) =>
      ({ id, capacity: 4, booked: 3, spotsLeft: 1, participation: null }) as TimetableClass;
    const week = {
      week: "2026-06-01",
      timeZone: "Europe/London",
      checkedAt: 0,
      stale: false,
      days: [{ date: "2026-06-01", classes: [make("a"), make("b")] }],
    } satisfies TimetableWeek;
    const updated = updateWeekClass(week, "b", 1, "booked");
    expect(updated.days[0]!.classes[0]).toBe(week.days[0]!.classes[0]);
    expect(updated.days[0]!.classes[1]).toMatchObject({ id: "b", spotsLeft: 0, participation: "booked" });
    expect(week.days[0]!.classes[1]).toMatchObject({ spotsLeft: 1, participation: null });
  });
});
