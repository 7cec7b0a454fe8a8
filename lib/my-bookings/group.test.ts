import { describe, expect, it } from "vitest";
import { bookingId, groupBookings } from "./group";
import { appointment, classBooking } from "@/test/support/my-bookings";
import type { BookingStatus, ClassStatus } from "@/lib/whautomate/types";
import type { ClientBooking } from "./types";

const now = new Date("2026-06-10T12:00:00.000Z");
const apt = (
  id: string,
  startsAt: string,
  endsAt: string,
  status: BookingStatus = "booked",
): ClientBooking => ({
  kind: "appointment",
  appointment: appointment({ id, startsAt, endsAt, status }),
});
const cls = (
  id: string,
  startsAt: string,
  endsAt: string,
  status: BookingStatus = "booked",
  sessionStatus: ClassStatus = "active",
): ClientBooking => ({
  kind: "class",
  booking: { ...classBooking({ id, status }, { startsAt, endsAt, status: sessionStatus }), online: null },
});
const ids = (bookings: ClientBooking[]) => bookings.map(bookingId);

describe("groupBookings", () => {
  it("puts appointments and classes together: upcoming soonest first, past most recent first", () => {
    const groups = groupBookings(
      [
        apt("apt_later", "2026-06-12T09:00:00.000Z", "2026-06-12T10:00:00.000Z"),
        cls("par_soon", "2026-06-11T09:00:00.000Z", "2026-06-11T10:00:00.000Z"),
        apt("apt_old", "2026-06-01T09:00:00.000Z", "2026-06-01T10:00:00.000Z"),
        cls("par_recent", "2026-06-09T09:00:00.000Z", "2026-06-09T10:00:00.000Z"),
      ],
      now,
    );
    expect(ids(groups.upcoming)).toEqual(["par_soon", "apt_later"]);
    expect(ids(groups.past)).toEqual(["par_recent", "apt_old"]);
    expect(groups.cancelled).toEqual([]);
  });

  it("keeps a booking under way upcoming until it ends", () => {
    const groups = groupBookings(
      [apt("apt_now", "2026-06-10T11:30:00.000Z", "2026-06-10T12:15:00.000Z")],
      now,
    );
    expect(ids(groups.upcoming)).toEqual(["apt_now"]);
  });

  it("counts visited and no-show as past even if the end time is still ahead", () => {
    const groups = groupBookings(
      [
        apt("apt_visited", "2026-06-10T11:30:00.000Z", "2026-06-10T12:15:00.000Z", "visited"),
        apt("apt_no_show", "2026-06-10T11:00:00.000Z", "2026-06-10T12:30:00.000Z", "no_show"),
      ],
      now,
    );
    expect(ids(groups.past)).toEqual(["apt_visited", "apt_no_show"]);
  });

  it("files cancelled appointments, left classes and cancelled classes under cancelled, future or past", () => {
    const groups = groupBookings(
      [
        apt("apt_cancelled", "2026-06-12T09:00:00.000Z", "2026-06-12T10:00:00.000Z", "cancelled"),
        cls("par_left", "2026-06-01T09:00:00.000Z", "2026-06-01T10:00:00.000Z", "cancelled"),
        cls(
          "par_class_cancelled",
          "2026-06-11T09:00:00.000Z",
          "2026-06-11T10:00:00.000Z",
          "booked",
          "cancelled",
        ),
      ],
      now,
    );
    expect(ids(groups.cancelled)).toEqual(["apt_cancelled", "par_class_cancelled", "par_left"]);
    expect(groups.upcoming).toEqual([]);
    expect(groups.past).toEqual([]);
  });
});
