import { beforeEach, describe, expect, it, vi } from "vitest";
import { appointment } from "@/test/support/my-bookings";
import { createMemoryStore } from "@/lib/store/memory-store";
import { UpstreamInvalidRequestError, UpstreamUnavailableError } from "@/lib/whautomate/errors";
import { appointmentChangeTags, type AppointmentChange } from "@/lib/upstream-cache/cache-tags";
import type { DayAvailability } from "@/lib/whautomate/types";

const upstream = vi.hoisted(() => ({
  getSlots: vi.fn(),
  bookAppointment: vi.fn(),
  listAppointments: vi.fn(),
  searchClients: vi.fn(),
  getAppointment: vi.fn(),
  rescheduleAppointment: vi.fn(),
}));
const store = vi.hoisted(() => ({ current: null as unknown }));
const cache = vi.hoisted(() => ({ cachedGetSlots: vi.fn(), invalidated: [] as unknown[] }));
vi.mock("@/lib/whautomate", async () => ({ ...(await import("@/lib/whautomate/errors")), ...upstream }));
// The real invalidation module over a recording cache: its tags are unit-tested on their own.
vi.mock("@/lib/upstream-cache/cached-reads", () => ({
  cachedGetSlots: cache.cachedGetSlots,
  sharedReadCache: () => ({ invalidate: async (...tags: string[]) => void cache.invalidated.push(tags) }),
}));
vi.mock("@/lib/store", () => ({ getStore: () => store.current }));
const { placeBooking, placeReschedule } = await import("./place-booking");

const startsAt = "2026-06-10T09:00:00.000Z";
const scope = {
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  addOnIds: [],
  durationMinutes: 45,
  staffIds: ["stf_amelia", "stf_oliver"],
};
const client = { fullName: "Emma Clarke", countryCode: "+44", phone: "7700900101" };
const emma = {
  id: "cli_emma",
  fullName: "Emma Clarke",
  countryCode: "+44",
  phone: "7700900101",
  email: null,
};
const request = { scope, startsAt, client, requester: "requester-a" };
const timeout = () => new UpstreamUnavailableError("POST /v1/appointments: timed out", "timeout");
const booked = appointment({ id: "apt_new", startsAt, status: "booked" });

function freeAt(...instants: string[]): DayAvailability[] {
  return [
    {
      date: "2026-06-10",
      timeZone: "Europe/London",
      slots: instants.map((instant) => ({
        startsAt: instant,
        endsAt: new Date(Date.parse(instant) + 45 * 60_000).toISOString(),
        timeZone: "Europe/London",
        localDate: "2026-06-10",
        localTime: "10:00",
      })),
    },
  ];
}

/** The reference the n-th booking request sent with its appointment. */
const referenceOf = (call = 0) =>
  (upstream.bookAppointment.mock.calls[call]?.[0] as { reference: string }).reference;

/** The booking is made upstream, with the request's reference, but its answer is lost. */
function madeButAnswerLost() {
  upstream.bookAppointment.mockImplementation(async ({ reference }: { reference: string }) => {
    upstream.listAppointments.mockResolvedValue([{ ...booked, reference }]);
    throw timeout();
  });
}

describe("placeBooking when the upstream's answer is lost", () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    store.current = createMemoryStore();
    upstream.getSlots.mockResolvedValue(freeAt(startsAt));
    upstream.searchClients.mockResolvedValue([emma]);
    upstream.listAppointments.mockResolvedValue([]);
  });

  it("reports the booking a timed-out request made, without booking again", async () => {
    madeButAnswerLost();
    expect(await placeBooking(request)).toEqual({
      kind: "booked",
      appointment: { ...booked, reference: referenceOf() },
    });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);
    expect(upstream.listAppointments).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: "cli_emma", locationId: "loc_london" }),
    );
  });

  it("ignores the client's other appointments: cancelled, another service, another time", async () => {
    upstream.bookAppointment.mockImplementation(async ({ reference }: { reference: string }) => {
      upstream.listAppointments.mockResolvedValue([
        appointment({ startsAt, status: "cancelled", reference }),
        appointment({ startsAt, service: { ...booked.service, id: "svc_beard_trim" }, reference }),
        appointment({ startsAt: "2026-06-10T10:00:00.000Z", reference }),
      ]);
      throw timeout();
    });
    expect(await placeBooking(request)).toEqual({ kind: "not_booked" });
  });

  it("says nothing was booked when the check finds nothing, and a retry checks again first", async () => {
    upstream.bookAppointment.mockRejectedValueOnce(timeout());
    expect(await placeBooking(request)).toEqual({ kind: "not_booked" });

    // The first request landed late: the retry finds it instead of booking a second time.
    const landed = { ...booked, reference: referenceOf() };
    upstream.listAppointments.mockResolvedValue([landed]);
    upstream.getSlots.mockResolvedValue(freeAt());
    expect(await placeBooking(request)).toEqual({ kind: "booked", appointment: landed });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);
  });

  // Anyone can type a client's phone number: without the reference, a lost answer would hand the
  // caller the appointment that number's owner already held at that time, and a session on it.
  it("never claims an appointment at that time that the request did not make", async () => {
    upstream.bookAppointment.mockRejectedValue(timeout());
    upstream.listAppointments.mockResolvedValue([booked]);
    expect(await placeBooking(request)).toEqual({ kind: "unconfirmed" });
    upstream.listAppointments.mockResolvedValue([{ ...booked, reference: "someone-elses-reference" }]);
    expect(await placeBooking(request)).toEqual({ kind: "unconfirmed" });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);
  });

  it("tells only the requester who made an unclear booking that it is theirs", async () => {
    madeButAnswerLost();
    upstream.listAppointments.mockRejectedValueOnce(timeout());
    expect(await placeBooking(request)).toEqual({ kind: "unconfirmed" });

    // Same phone and time from another browser: not told it is booked, and nothing is booked twice.
    expect(await placeBooking({ ...request, requester: "requester-b" })).toEqual({ kind: "unconfirmed" });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);

    expect(await placeBooking(request)).toMatchObject({ kind: "booked", appointment: { id: "apt_new" } });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);
  });

  it("books on a retry when the check still finds nothing", async () => {
    upstream.bookAppointment.mockRejectedValueOnce(timeout()).mockResolvedValueOnce(booked);
    expect(await placeBooking(request)).toEqual({ kind: "not_booked" });
    expect(await placeBooking(request)).toEqual({ kind: "booked", appointment: booked });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(2);
  });

  it("never books while it cannot tell whether an earlier attempt went through", async () => {
    upstream.bookAppointment.mockRejectedValue(timeout());
    upstream.listAppointments.mockRejectedValue(timeout());
    expect(await placeBooking(request)).toEqual({ kind: "unconfirmed" });
    expect(await placeBooking(request)).toEqual({ kind: "unconfirmed" });
    expect(upstream.bookAppointment).toHaveBeenCalledTimes(1);
  });

  it("treats a new client the upstream does not know as not booked", async () => {
    upstream.bookAppointment.mockRejectedValue(timeout());
    upstream.searchClients.mockResolvedValue([]);
    expect(await placeBooking(request)).toEqual({ kind: "not_booked" });
    expect(upstream.listAppointments).not.toHaveBeenCalled();
  });

  it("moves on to the next staff member when one is refused, without any check", async () => {
    upstream.bookAppointment
      .mockRejectedValueOnce(new UpstreamInvalidRequestError("POST /v1/appointments: 400"))
      .mockResolvedValueOnce(booked);
    expect(await placeBooking(request)).toEqual({ kind: "booked", appointment: booked });
    expect(upstream.listAppointments).not.toHaveBeenCalled();
  });
});

describe("placeReschedule when the upstream's answer is lost", () => {
  beforeEach(() => {
    vi.resetAllMocks();
    upstream.getSlots.mockResolvedValue(freeAt(startsAt));
    upstream.rescheduleAppointment.mockRejectedValue(timeout());
  });

  it("reports the move when the appointment is at the new time", async () => {
    const moved = appointment({ startsAt, status: "rescheduled" });
    upstream.getAppointment.mockResolvedValue(moved);
    expect(await placeReschedule(appointment(), scope, startsAt)).toEqual({
      kind: "booked",
      appointment: moved,
    });
  });

  it("fails as before when the appointment has not moved", async () => {
    upstream.getAppointment.mockResolvedValue(appointment({ startsAt: "2026-06-09T09:00:00.000Z" }));
    await expect(placeReschedule(appointment(), scope, startsAt)).rejects.toBeInstanceOf(
      UpstreamUnavailableError,
    );
  });
});

describe("a booking or move and the cached free times", () => {
  const cleared = (change: AppointmentChange) => appointmentChangeTags(change);

  beforeEach(() => {
    vi.resetAllMocks();
    store.current = createMemoryStore();
    cache.invalidated.length = 0;
    upstream.getSlots.mockResolvedValue(freeAt(startsAt));
    upstream.listAppointments.mockResolvedValue([]);
  });

  it("checks the time with the upstream itself, never the cache", async () => {
    upstream.bookAppointment.mockResolvedValue(booked);
    await placeBooking(request);
    expect(upstream.getSlots).toHaveBeenCalled();
    expect(cache.cachedGetSlots).not.toHaveBeenCalled();
  });

  it("clears the booked time's date for its staff member, so the next visitor never sees it free", async () => {
    upstream.bookAppointment.mockResolvedValue(booked);
    expect(await placeBooking(request)).toEqual({ kind: "booked", appointment: booked });
    expect(cache.invalidated).toEqual([
      cleared({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2026-06-10" }),
    ]);
  });

  it("clears both the new and the old time of a move", async () => {
    const before = appointment({ startsAt: "2026-06-08T15:00:00.000Z", localDate: "2026-06-08" });
    const moved = appointment({ startsAt, localDate: "2026-06-10", status: "rescheduled" });
    upstream.rescheduleAppointment.mockResolvedValue(moved);
    expect(await placeReschedule(before, scope, startsAt)).toEqual({ kind: "booked", appointment: moved });
    expect(cache.invalidated).toEqual([
      cleared({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2026-06-10" }),
      cleared({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2026-06-08" }),
    ]);
  });

  it("clears a time found taken, which the cache offered as free, for every staff member there", async () => {
    upstream.getSlots.mockResolvedValue(freeAt());
    expect(await placeBooking(request)).toMatchObject({ kind: "slot_taken" });
    expect(upstream.bookAppointment).not.toHaveBeenCalled();
    expect(cache.invalidated).toEqual([
      cleared({ locationId: "loc_london", staffId: null, localDate: "2026-06-10" }),
    ]);
  });

  it("books nothing, and says so, when the upstream is down for the check", async () => {
    upstream.getSlots.mockRejectedValue(
      new UpstreamUnavailableError("GET /v1/appointments/slots: 500", "server"),
    );
    expect(await placeBooking(request)).toEqual({ kind: "not_checked" });
    expect(await placeReschedule(appointment(), scope, startsAt)).toEqual({ kind: "not_checked" });
    expect(upstream.bookAppointment).not.toHaveBeenCalled();
    expect(upstream.rescheduleAppointment).not.toHaveBeenCalled();
    expect(cache.invalidated).toEqual([]);
  });
});
