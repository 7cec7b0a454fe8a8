import { describe, expect, it } from "vitest";
import { laterInSeries } from "./series";

const tuesdayYoga = (id: string, localDate: string, startsAt: string, changes: object = {}) => ({
  id,
  startsAt,
  localDate,
  localTime: "18:30",
  status: "scheduled",
  service: { id: "svc_vinyasa_yoga" },
  instructor: { id: "stf_oliver" },
  location: { id: "loc_london" },
  ...changes,
});

describe("laterInSeries", () => {
  const anchor = tuesdayYoga("a", "2027-03-23", "2027-03-23T18:30:00Z");

  it("finds the same class on the same weekday and wall-clock time, across a clock change", () => {
    const sessions = [
      tuesdayYoga("after-clock-change", "2027-03-30", "2027-03-30T17:30:00Z"),
      tuesdayYoga("next", "2027-04-06", "2027-04-06T17:30:00Z"),
      anchor,
      tuesdayYoga("before", "2027-03-16", "2027-03-16T18:30:00Z"),
    ];
    expect(laterInSeries(anchor, sessions).map((s) => s.id)).toEqual(["after-clock-change", "next"]);
  });

  it("leaves out other days, times, instructors, places, class types and cancelled dates", () => {
    const sessions = [
      tuesdayYoga("thursday", "2027-03-25", "2027-03-25T18:30:00Z"),
      tuesdayYoga("later-time", "2027-03-30", "2027-03-30T18:30:00Z", { localTime: "19:30" }),
      tuesdayYoga("cover", "2027-03-30", "2027-03-30T17:30:00Z", { instructor: { id: "stf_amelia" } }),
      tuesdayYoga("mumbai", "2027-03-30", "2027-03-30T17:30:00Z", { location: { id: "loc_mumbai" } }),
      tuesdayYoga("pilates", "2027-03-30", "2027-03-30T17:30:00Z", { service: { id: "svc_mat_pilates" } }),
      tuesdayYoga("cancelled", "2027-03-30", "2027-03-30T17:30:00Z", { status: "cancelled" }),
    ];
    expect(laterInSeries(anchor, sessions)).toEqual([]);
  });

  it("offers at most eight later dates", () => {
    const weeks = Array.from({ length: 12 }, (_, index) => {
      const date = new Date(Date.UTC(2027, 3, 6 + 7 * index)).toISOString().slice(0, 10);
      return tuesdayYoga(`week-${index}`, date, `${date}T17:30:00Z`);
    });
    expect(laterInSeries(anchor, weeks)).toHaveLength(8);
  });
});
