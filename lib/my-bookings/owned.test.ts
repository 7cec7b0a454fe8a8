import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpstreamNotFoundError, UpstreamUnavailableError } from "@/lib/whautomate/errors";
import { appointment, classBooking } from "@/test/support/my-bookings";

const upstream = vi.hoisted(() => ({
  getAppointment: vi.fn(),
  getClass: vi.fn(),
  listClassParticipants: vi.fn(),
  listAppointments: vi.fn(),
  listClientClassBookings: vi.fn(),
}));
vi.mock("@/lib/whautomate", async () => ({ ...(await import("@/lib/whautomate/errors")), ...upstream }));
const { getOwnedAppointment, getOwnedClassParticipation, listClientBookings } = await import("./owned");

const verified = (clientId: string) => ({ clientId, verified: true, grants: [] });
const emma = verified("cli_emma");

const notFound = () => new UpstreamNotFoundError("GET /v1/…: 404 Invalid id", { status: 404 });

describe("owned bookings", () => {
  beforeEach(() => vi.resetAllMocks());

  it("returns the client's own appointment", async () => {
    upstream.getAppointment.mockResolvedValue(appointment());
    expect(await getOwnedAppointment(emma, "apt_1")).toMatchObject({ id: "apt_1" });
  });

  it("answers null alike for someone else's appointment and one that does not exist", async () => {
    upstream.getAppointment.mockResolvedValueOnce(
      appointment({ client: { id: "cli_james", fullName: "James" } }),
    );
    expect(await getOwnedAppointment(emma, "apt_1")).toBeNull();
    upstream.getAppointment.mockRejectedValueOnce(notFound());
    expect(await getOwnedAppointment(emma, "apt_missing")).toBeNull();
  });

  // Knowing a phone number (and so booking with it) opens only what that visit booked.
  it("shows an unverified visitor only the bookings granted to them", async () => {
    const visitor = { clientId: "cli_emma", verified: false, grants: ["apt_1", "cls_1"] };
    upstream.getAppointment.mockResolvedValue(appointment());
    expect(await getOwnedAppointment(visitor, "apt_1")).toMatchObject({ id: "apt_1" });
    expect(await getOwnedAppointment(visitor, "apt_2")).toBeNull();
    upstream.listAppointments.mockResolvedValue([appointment({ id: "apt_1" }), appointment({ id: "apt_2" })]);
    upstream.listClientClassBookings.mockResolvedValue([classBooking()]);
    const ids = (await listClientBookings(visitor)).map((b) =>
      b.kind === "appointment" ? b.appointment.id : b.booking.session.id,
    );
    expect(ids).toEqual(expect.arrayContaining(["apt_1", "cls_1"]));
    expect(ids).not.toContain("apt_2");
  });

  it("lets an outage through rather than calling it 'not found'", async () => {
    upstream.getAppointment.mockRejectedValue(new UpstreamUnavailableError("timeout", "timeout"));
    await expect(getOwnedAppointment(emma, "apt_1")).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it("finds the client's live place in a class, ignoring others' and an earlier cancelled one", async () => {
    const { session, participant } = classBooking();
    upstream.getClass.mockResolvedValue(session);
    upstream.listClassParticipants.mockResolvedValue([
      { ...participant, id: "par_old", status: "cancelled" },
      { ...participant, id: "par_other", client: { id: "cli_james", fullName: "James" } },
      { ...participant, id: "par_live" },
    ]);
    expect((await getOwnedClassParticipation(emma, "cls_1"))?.participant.id).toBe("par_live");
    expect(await getOwnedClassParticipation(verified("cli_olivia"), "cls_1")).toBeNull();
  });

  it("answers null for a class that does not exist", async () => {
    upstream.getClass.mockRejectedValue(notFound());
    upstream.listClassParticipants.mockRejectedValue(notFound());
    expect(await getOwnedClassParticipation(emma, "cls_missing")).toBeNull();
  });

  it("lists appointments and classes together in time order, dropping anything not the client's", async () => {
    upstream.listAppointments.mockResolvedValue([
      appointment({ id: "apt_late", startsAt: "2026-06-12T09:00:00.000Z" }),
      appointment({ id: "apt_james", client: { id: "cli_james", fullName: "James" } }),
    ]);
    upstream.listClientClassBookings.mockResolvedValue([classBooking({ id: "par_early" })]);
    const bookings = await listClientBookings(emma);
    expect(
      bookings.map((b) => (b.kind === "appointment" ? b.appointment.id : b.booking.participant.id)),
    ).toEqual(["par_early", "apt_late"]);
    expect(upstream.listAppointments).toHaveBeenCalledWith({ clientId: "cli_emma" });
  });
});
