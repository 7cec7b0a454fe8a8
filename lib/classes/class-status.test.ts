import { describe, expect, it } from "vitest";
import { deriveClassAvailability, isLateCancel, type ClassStatusInput } from "./class-status";

const now = Date.parse("2026-06-01T09:00:00Z");
const open: ClassStatusInput = {
  status: "active",
  startsAt: "2026-06-01T18:00:00Z",
  endsAt: "2026-06-01T19:00:00Z",
  spotsLeft: 3,
  bookingCutoffMinutes: 60,
  participation: null,
};

describe("deriveClassAvailability", () => {
  it("offers a spot in an open class", () => {
    expect(deriveClassAvailability(open, now)).toBe("book");
  });

  it("says full when no spot is left", () => {
    expect(deriveClassAvailability({ ...open, spotsLeft: 0 }, now)).toBe("full");
  });

  it("closes booking at the cut-off before the start, not at the start", () => {
    expect(deriveClassAvailability(open, Date.parse("2026-06-01T16:59:59Z"))).toBe("book");
    expect(deriveClassAvailability(open, Date.parse("2026-06-01T17:00:00Z"))).toBe("booking_closed");
    expect(
      deriveClassAvailability({ ...open, bookingCutoffMinutes: null }, Date.parse("2026-06-01T17:59:00Z")),
    ).toBe("book");
  });

  it("shows the client's own booking or waitlist place over full or closed", () => {
    const full = { ...open, spotsLeft: 0 };
    expect(deriveClassAvailability({ ...full, participation: "booked" }, now)).toBe("booked");
    expect(deriveClassAvailability({ ...full, participation: "waitlisted" }, now)).toBe("waitlisted");
    expect(
      deriveClassAvailability({ ...open, participation: "booked" }, Date.parse("2026-06-01T17:30:00Z")),
    ).toBe("booked");
  });

  it("says started from the start and ended from the end, whoever is booked", () => {
    const booked = { ...open, participation: "booked" as const };
    expect(deriveClassAvailability(booked, Date.parse("2026-06-01T18:00:00Z"))).toBe("started");
    expect(deriveClassAvailability(booked, Date.parse("2026-06-01T19:00:00Z"))).toBe("ended");
  });

  it("puts cancelled above everything", () => {
    expect(deriveClassAvailability({ ...open, status: "cancelled", participation: "booked" }, now)).toBe(
      "cancelled",
    );
    expect(
      deriveClassAvailability({ ...open, status: "cancelled" }, Date.parse("2026-06-02T00:00:00Z")),
    ).toBe("cancelled");
  });
});

describe("isLateCancel", () => {
  const session = { startsAt: "2026-06-01T18:00:00Z", cancelCutoffMinutes: 720 };

  it("warns from the cancellation cut-off on", () => {
    expect(isLateCancel(session, Date.parse("2026-06-01T05:59:00Z"))).toBe(false);
    expect(isLateCancel(session, Date.parse("2026-06-01T06:00:00Z"))).toBe(true);
  });

  it("never warns without a cut-off", () => {
    expect(isLateCancel({ ...session, cancelCutoffMinutes: null }, Date.parse("2026-06-01T17:59:00Z"))).toBe(
      false,
    );
    expect(isLateCancel({ ...session, cancelCutoffMinutes: 0 }, Date.parse("2026-06-01T17:59:00Z"))).toBe(
      false,
    );
  });
});
