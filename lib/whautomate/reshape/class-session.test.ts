import { describe, expect, it } from "vitest";
import { rawClassSchema, rawClientClassBookingSchema, rawParticipantSchema } from "../schemas/classes";
import { rawClass, rawParticipant } from "@/test/support/upstream/fixtures";
import { reshapeClassBooking, reshapeClassSession, reshapeParticipant } from "./class-session";

const reshape = (raw: unknown) => reshapeClassSession(rawClassSchema.parse(raw));

describe("reshapeClassSession", () => {
  it("reshapes a class on London's spring-forward morning", () => {
    expect(reshape(rawClass())).toEqual({
      id: "cls_1",
      name: "Morning Yoga",
      service: { id: "svc_yoga", name: "Morning Yoga", durationMinutes: 60, price: 15 },
      location: { id: "loc_1", title: "Studio" },
      instructor: { id: "stf_2", name: "Ana" },
      timeZone: "Europe/London",
      startsAt: "2027-03-28T08:00:00.000Z",
      endsAt: "2027-03-28T09:00:00.000Z",
      localDate: "2027-03-28",
      localTime: "09:00",
      capacity: 12,
      booked: 9,
      spotsLeft: 3,
      status: "active",
      statusRaw: "Active",
      isOnline: false,
      online: null,
      bookingCutoffMinutes: null,
      cancelCutoffMinutes: null,
    });
  });

  it("never reports negative spots, and reads online details and cut-offs", () => {
    const session = reshape(
      rawClass({
        bookedParticipants: 14,
        status: "Canceled",
        isOnlineClass: true,
        onlineClassLink: "https://meet.example/abc",
        onlineClassPassCode: "",
        advanceSettings: { advanceClassBookingThresholdMinutes: 60, cancelClassThresholdMinutes: 720 },
        staff: null,
      }),
    );
    expect(session).toMatchObject({
      spotsLeft: 0,
      status: "cancelled",
      statusRaw: "Canceled",
      isOnline: true,
      online: { link: "https://meet.example/abc", passcode: null },
      bookingCutoffMinutes: 60,
      cancelCutoffMinutes: 720,
      instructor: null,
    });
  });
});

describe("participants and bookings", () => {
  it("remembers which class a participant belongs to", () => {
    const participant = reshapeParticipant(
      rawParticipantSchema.parse(rawParticipant({ status: "WAITLISTED" })),
      "cls_9",
    );
    expect(participant).toEqual({
      id: "par_1",
      classId: "cls_9",
      client: { id: "cli_1", fullName: "Client test" },
      status: "waitlisted",
      statusRaw: "WAITLISTED",
      paymentStatus: null,
    });
  });

  it("pairs a client's booking with its session", () => {
    const raw = rawClientClassBookingSchema.parse(rawParticipant({ class: rawClass({ id: "cls_2" }) }));
    const booking = reshapeClassBooking(raw);
    expect(booking.participant.classId).toBe("cls_2");
    expect(booking.session.id).toBe("cls_2");
    expect(booking.participant.status).toBe("booked");
  });
});
