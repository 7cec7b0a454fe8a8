import { describe, expect, it } from "vitest";
import { rawAppointmentSchema } from "../schemas/appointments";
import { rawAppointment } from "@/test/support/upstream/fixtures";
import { reshapeAppointment } from "./appointment";

const reshape = (raw: unknown) => reshapeAppointment(rawAppointmentSchema.parse(raw));

describe("reshapeAppointment", () => {
  it("takes instants from the UTC fields and ignores startTime's fake Z", () => {
    expect(reshape(rawAppointment())).toEqual({
      id: "apt_1",
      status: "booked",
      statusRaw: "Booked",
      startsAt: "2024-08-05T19:39:00.000Z",
      endsAt: "2024-08-05T20:09:00.000Z",
      timeZone: "America/Sao_Paulo",
      localDate: "2024-08-05",
      localTime: "16:39",
      location: { id: "loc_1", title: "Centro" },
      staff: { id: "stf_1", name: "Staff Name" },
      client: { id: "cli_1", fullName: "Client test" },
      service: { id: "svc_1", name: "Consultation", durationMinutes: 30, price: 100.27 },
      addOns: [],
      notes: "",
      reference: null,
      bookedFrom: "Admin Portal",
      paymentStatus: null,
    });
  });

  it("takes the portal's reference out of the notes the client wrote", () => {
    const reference = "AYwSvFp8VP2W7cga";
    expect(
      reshape(rawAppointment({ notes: `Window seat\n\nOnline booking reference: ${reference}` })),
    ).toMatchObject({
      notes: "Window seat",
      reference,
    });
    expect(reshape(rawAppointment({ notes: `Online booking reference: ${reference}` }))).toMatchObject({
      notes: "",
      reference,
    });
    // Typed by a client mid-text, it is only text: the portal's own line is always the last.
    const typed = `Online booking reference: ${reference}\nthanks`;
    expect(reshape(rawAppointment({ notes: typed }))).toMatchObject({ notes: typed, reference: null });
  });

  it("tolerates unknown fields and missing optional ones", () => {
    const appointment = reshape(
      rawAppointment({
        somethingNew: { nested: true },
        staff: null,
        status: "No-Show",
        endTimeUTC: undefined,
        bookedFrom: "",
        notes: undefined,
        service: { id: "svc_1", name: "Consultation", durationMinutes: 45 },
      }),
    );
    expect(appointment).toMatchObject({
      staff: null,
      status: "no_show",
      statusRaw: "No-Show",
      endsAt: "2024-08-05T20:24:00.000Z",
      bookedFrom: null,
      notes: "",
      service: { price: null, durationMinutes: 45 },
    });
  });

  it("normalises an instant written with an offset", () => {
    expect(reshape(rawAppointment({ startTimeUTC: "2024-08-05T16:39:00-03:00" })).startsAt).toBe(
      "2024-08-05T19:39:00.000Z",
    );
  });

  it("names the field when the UTC start is missing", () => {
    const result = rawAppointmentSchema.safeParse(rawAppointment({ startTimeUTC: undefined }));
    expect(result.error?.issues[0]?.path).toEqual(["startTimeUTC"]);
  });
});
