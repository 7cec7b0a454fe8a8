import { describe, expect, it, vi } from "vitest";
import {
  bookAppointment,
  cancelAppointment,
  getAppointment,
  getSlots,
  listAppointments,
  rescheduleAppointment,
} from "./appointments";
import { UpstreamContractError, UpstreamInvalidRequestError } from "./errors";
import { withStubUpstream } from "@/test/support/upstream/api-harness";
import { rawAppointment } from "@/test/support/upstream/fixtures";

vi.mock("./client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();

describe("getSlots", () => {
  it("asks for the day and zone and returns day availability", async () => {
    harness.upstream.answer({
      json: [
        {
          date: "2027-03-14T00:00:00.000Z",
          timezone: "America/New_York",
          slots: [{ startTime: "03:00 AM" }],
        },
      ],
    });
    const days = await getSlots(
      {
        locationId: "loc_1",
        serviceId: "svc_1",
        date: "2027-03-14",
        timeZone: "America/New_York",
        nextThreeDays: true,
        durationMinutes: 30,
      },
      harness.http,
    );
    expect(Object.fromEntries(harness.upstream.requests[0]?.query ?? [])).toEqual({
      locationId: "loc_1",
      serviceId: "svc_1",
      date: "2027-03-14",
      timezone: "America/New_York",
      nextThreeDays: "true",
    });
    expect(days).toEqual([
      {
        date: "2027-03-14",
        timeZone: "America/New_York",
        slots: [
          {
            startsAt: "2027-03-14T07:00:00.000Z",
            endsAt: "2027-03-14T07:30:00.000Z",
            timeZone: "America/New_York",
            localDate: "2027-03-14",
            localTime: "03:00",
          },
        ],
      },
    ]);
  });
});

describe("listAppointments", () => {
  it("walks every page with the filters", async () => {
    const sizes = [100, 100, 7];
    harness.upstream.answerByDefault((request) => {
      const page = Number(request.query.get("page"));
      const size = sizes[page - 1] ?? 0;
      return {
        json: Array.from({ length: size }, (_, index) => rawAppointment({ id: `apt_${page}_${index}` })),
      };
    });
    const appointments = await listAppointments({ clientId: "cli_1", startDate: "2024-08-01" }, harness.http);
    expect(appointments).toHaveLength(207);
    expect(harness.upstream.requests.map((request) => Object.fromEntries(request.query))).toEqual(
      [1, 2, 3].map((page) => ({
        clientId: "cli_1",
        startDate: "2024-08-01",
        page: String(page),
        limit: "100",
      })),
    );
  });

  it("names the broken field of a bad item", async () => {
    harness.upstream.answer({ json: [rawAppointment(), rawAppointment({ startTimeUTC: 5 })] });
    const error = await listAppointments({}, harness.http).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect((error as Error).message).toMatch(/^GET \/v1\/appointments: \[1\]\.startTimeUTC: expected string/);
  });
});

describe("booking", () => {
  it("sends the documented 12-hour time and never overrides slot validation", async () => {
    harness.upstream.answer({ json: rawAppointment() });
    const appointment = await bookAppointment(
      {
        client: { fullName: "Client test", countryCode: "+1", phone: "1245678901" },
        locationId: "loc_1",
        serviceId: "svc_1",
        staffId: "stf_1",
        date: "2024-08-05",
        time: "16:39",
        timeZone: "America/Sao_Paulo",
        notes: "First visit",
      },
      harness.http,
    );
    expect(harness.upstream.requests[0]?.body).toEqual({
      client: { fullName: "Client test", countryCode: "+1", phone: "1245678901" },
      location: { id: "loc_1" },
      service: { id: "svc_1" },
      staff: { id: "stf_1" },
      date: "2024-08-05",
      time: "04:39 PM",
      timezone: "America/Sao_Paulo",
      notes: "First visit",
      overrideTimeSlotValidation: false,
    });
    expect(appointment.startsAt).toBe("2024-08-05T19:39:00.000Z");
  });

  it("throws before calling upstream when the booking is malformed", async () => {
    const booking = bookAppointment(
      {
        client: { id: "cli_1" },
        locationId: "loc_1",
        serviceId: "svc_1",
        date: "2024-02-30",
        time: "late",
        timeZone: "Nowhere",
      },
      harness.http,
    );
    await expect(booking).rejects.toThrow(TypeError);
    await expect(booking).rejects.toThrow(
      /date: expected a date as YYYY-MM-DD; time: expected a time like 04:39 PM/,
    );
    expect(harness.upstream.requests).toHaveLength(0);
  });

  it("passes a refused slot on with the vendor's words", async () => {
    harness.upstream.answer({ status: 400, json: { message: "Selected time slot is not available" } });
    const booking = bookAppointment(
      {
        client: { id: "cli_1" },
        locationId: "l",
        serviceId: "s",
        date: "2024-08-05",
        time: "4:39 pm",
        timeZone: "UTC",
      },
      harness.http,
    );
    await expect(booking).rejects.toBeInstanceOf(UpstreamInvalidRequestError);
    await expect(booking).rejects.toMatchObject({ upstreamMessage: "Selected time slot is not available" });
    expect(harness.upstream.requests).toHaveLength(1);
  });

  it("reschedules, cancels and fetches one appointment", async () => {
    harness.upstream.answer(
      { json: rawAppointment({ status: "Rescheduled" }) },
      { json: {} },
      { json: rawAppointment({ status: "Cancelled" }) },
    );
    const moved = await rescheduleAppointment(
      { appointmentId: "apt_1", date: "2024-08-06", time: "09:00", timeZone: "America/Sao_Paulo" },
      harness.http,
    );
    await cancelAppointment({ appointmentId: "apt_1", locationId: "loc_1", reason: "Ill" }, harness.http);
    const fetched = await getAppointment("apt 1", harness.http);

    expect(moved.status).toBe("rescheduled");
    expect(fetched.status).toBe("cancelled");
    const [reschedule, cancel, get] = harness.upstream.requests;
    expect(reschedule?.body).toEqual({
      appointmentId: "apt_1",
      date: "2024-08-06",
      time: "09:00 AM",
      timezone: "America/Sao_Paulo",
    });
    expect(cancel?.body).toEqual({
      appointmentId: "apt_1",
      location: { id: "loc_1" },
      cancellationReason: "Ill",
    });
    expect(get?.path).toBe("/v1/appointments/apt%201");
  });
});
