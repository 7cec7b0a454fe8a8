import { describe, expect, it } from "vitest";
import { canChangeAppointment, canLeaveClass } from "./policy";
import { appointment, classBooking } from "@/test/support/my-bookings";

const startsAt = "2026-06-10T09:00:00.000Z";
const hoursBefore = (hours: number) => new Date(Date.parse(startsAt) - hours * 3_600_000);

describe("canChangeAppointment", () => {
  it("allows changes up to the notice window and refuses inside it", () => {
    expect(canChangeAppointment(appointment({ startsAt }), hoursBefore(24), 24)).toEqual({ allowed: true });
    expect(canChangeAppointment(appointment({ startsAt }), hoursBefore(23.99), 24)).toEqual({
      allowed: false,
      reason: "too_late",
    });
  });

  it("follows the configured notice, including none", () => {
    expect(canChangeAppointment(appointment({ startsAt }), hoursBefore(1), 0)).toEqual({ allowed: true });
    expect(canChangeAppointment(appointment({ startsAt }), hoursBefore(47), 48)).toMatchObject({
      reason: "too_late",
    });
  });

  it("refuses once started, even with no notice", () => {
    expect(canChangeAppointment(appointment({ startsAt }), new Date(startsAt), 0)).toEqual({
      allowed: false,
      reason: "past",
    });
  });

  it("allows a rescheduled appointment to change again", () => {
    expect(
      canChangeAppointment(appointment({ startsAt, status: "rescheduled" }), hoursBefore(48), 24),
    ).toEqual({ allowed: true });
  });

  it.each([
    ["cancelled", "cancelled"],
    ["visited", "past"],
    ["no_show", "past"],
    ["unknown", "not_changeable"],
  ] as const)("refuses a %s appointment as %s", (status, reason) => {
    expect(canChangeAppointment(appointment({ startsAt, status }), hoursBefore(72), 24)).toEqual({
      allowed: false,
      reason,
    });
  });
});

describe("canLeaveClass", () => {
  const classStart = "2026-06-10T17:30:00.000Z";
  const minutesBefore = (minutes: number) => new Date(Date.parse(classStart) - minutes * 60_000);

  it("allows leaving freely before the cancellation cut-off", () => {
    expect(canLeaveClass(classBooking(), minutesBefore(721))).toEqual({ allowed: true, lateCancel: false });
  });

  it("still allows leaving inside the cut-off, as a late cancel", () => {
    expect(canLeaveClass(classBooking(), minutesBefore(719))).toEqual({ allowed: true, lateCancel: true });
  });

  it("treats a class without a cut-off as never late", () => {
    expect(canLeaveClass(classBooking({}, { cancelCutoffMinutes: null }), minutesBefore(1))).toEqual({
      allowed: true,
      lateCancel: false,
    });
  });

  it("lets a waitlisted client leave the waitlist", () => {
    expect(canLeaveClass(classBooking({ status: "waitlisted" }), minutesBefore(2000))).toMatchObject({
      allowed: true,
    });
  });

  it("refuses once the class has started, or when the place or the class is cancelled", () => {
    expect(canLeaveClass(classBooking(), minutesBefore(0))).toEqual({ allowed: false, reason: "past" });
    expect(canLeaveClass(classBooking({ status: "cancelled" }), minutesBefore(2000))).toEqual({
      allowed: false,
      reason: "cancelled",
    });
    expect(canLeaveClass(classBooking({}, { status: "cancelled" }), minutesBefore(2000))).toEqual({
      allowed: false,
      reason: "cancelled",
    });
  });
});
