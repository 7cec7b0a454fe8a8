import { describe, expect, it } from "vitest";
import { readTimetableParams, timetableHref } from "./timetable-params";

describe("timetable URL parameters", () => {
  it("reads a shared link", () => {
    const params = readTimetableParams(
      new URLSearchParams(
        "week=2026-06-03&tz=Asia/Kolkata&location=loc_mumbai&instructor=stf_priya&type=svc_sunrise_yoga",
      ),
    );
    expect(params).toEqual({
      week: "2026-06-01",
      tz: "Asia/Kolkata",
      location: "loc_mumbai",
      instructor: "stf_priya",
      type: "svc_sunrise_yoga",
    });
  });

  it("drops what it cannot use instead of failing", () => {
    const params = readTimetableParams(
      new URLSearchParams("week=2026-13-01&tz=Mars/Olympus&location=<script>&instructor=&type=a%20b"),
    );
    expect(params).toEqual({ week: null, tz: null, location: null, instructor: null, type: null });
  });

  it("writes only what is set", () => {
    expect(timetableHref({ week: null, tz: null, location: null, instructor: null, type: null })).toBe(
      "/classes",
    );
    expect(
      timetableHref({
        week: "2026-06-01",
        tz: "Europe/London",
        location: "loc_london",
        instructor: null,
        type: null,
      }),
    ).toBe("/classes?week=2026-06-01&location=loc_london&tz=Europe%2FLondon");
  });
});
