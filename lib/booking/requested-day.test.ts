import { describe, expect, it } from "vitest";
import { dayToShow, requestedDayNote } from "./requested-day";

const free = ["2026-12-08", "2026-12-14", "2026-12-15"];

describe("dayToShow", () => {
  it("opens on the day asked for when it has free times", () => {
    expect(dayToShow("2026-12-14", free)).toBe("2026-12-14");
  });

  it("moves a closed day on to the next free one, not back to the month's first", () => {
    expect(dayToShow("2026-12-13", free)).toBe("2026-12-14");
  });

  it("falls back to the month's first free day after its last one, or when none was asked for", () => {
    expect(dayToShow("2026-12-20", free)).toBe("2026-12-08");
    expect(dayToShow(undefined, free)).toBe("2026-12-08");
    expect(dayToShow("2026-12-13", [])).toBeNull();
  });
});

describe("requestedDayNote", () => {
  const today = "2026-12-07";

  it("says nothing when the day asked for is shown, or none was asked for", () => {
    expect(
      requestedDayNote({ raw: "2026-12-14", requested: "2026-12-14", today, shown: "2026-12-14" }),
    ).toBeNull();
    expect(requestedDayNote({ raw: null, requested: undefined, today, shown: "2026-12-08" })).toBeNull();
    expect(requestedDayNote({ raw: "", requested: undefined, today, shown: "2026-12-08" })).toBeNull();
  });

  it("names the closed day and the day shown instead", () => {
    expect(
      requestedDayNote({ raw: "2026-12-13", requested: "2026-12-13", today, shown: "2026-12-14" }),
    ).toEqual({
      kind: "closed",
      requested: "2026-12-13",
      shown: "2026-12-14",
    });
  });

  it("tells a passed day from a closed one", () => {
    expect(
      requestedDayNote({ raw: "2026-12-01", requested: "2026-12-01", today, shown: "2026-12-08" }),
    ).toEqual({
      kind: "past",
    });
  });

  it("explains a date the link has but that could not be read", () => {
    expect(requestedDayNote({ raw: "2026-02-30", requested: undefined, today, shown: "2026-12-08" })).toEqual(
      {
        kind: "unreadable",
      },
    );
  });

  it("leaves an empty month to its own explanation", () => {
    expect(requestedDayNote({ raw: "garbage", requested: undefined, today, shown: null })).toBeNull();
  });
});
