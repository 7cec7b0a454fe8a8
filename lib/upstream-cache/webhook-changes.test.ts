import { describe, expect, it } from "vitest";
import { rawAppointment, rawClass, rawParticipant } from "@/test/support/upstream/fixtures";
import { webhookChange } from "./webhook-changes";

const event = (type: string) => ({ id: "evt_1", type, timeStamp: "2024-08-05T19:39:22.511Z", key: "k" });

describe("webhookChange", () => {
  // If this fails, a booking made at the front desk stays on offer in the portal until the cache expires.
  it.each([
    "appointment_scheduled",
    "appointment_rescheduled",
    "appointment_cancelled",
    "appointment_updated",
  ])("reads %s as a change to the staff member's slots on that date", (type) => {
    expect(webhookChange({ event: event(type), appointment: rawAppointment() })).toEqual({
      kind: "appointment",
      type,
      change: { locationId: "loc_1", staffId: "stf_1", localDate: "2024-08-05" },
    });
  });

  it("reads a class join or leave as a change to that class and its date", () => {
    const body = {
      event: event("class_participant_added"),
      participant: { ...rawParticipant(), class: rawClass() },
    };
    expect(webhookChange(body)).toEqual({
      kind: "class",
      type: "class_participant_added",
      change: { classId: "cls_1", localDate: "2027-03-28" },
    });
  });

  it("falls back to the UTC start when an appointment has no date, and to no staff when it has none", () => {
    const appointment = { ...rawAppointment(), date: undefined, staff: null };
    expect(webhookChange({ event: event("appointment_scheduled"), appointment })).toMatchObject({
      change: { locationId: "loc_1", staffId: null, localDate: "2024-08-05" },
    });
  });

  it("ignores events that change no availability, and payloads it cannot read", () => {
    expect(webhookChange({ event: event("client_created"), client: { id: "cli_1" } })).toEqual({
      kind: "ignored",
      type: "client_created",
      reason: "unknown event",
    });
    expect(
      webhookChange({ event: event("appointment_scheduled"), appointment: { id: "apt_1" } }),
    ).toMatchObject({
      kind: "ignored",
      reason: "unreadable payload",
    });
    expect(webhookChange([1, 2])).toMatchObject({ kind: "ignored", type: null });
  });
});
