import { describe, expect, it } from "vitest";
import { bookingSchema } from "./booking-schema";

const valid = {
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  staffId: "any",
  startsAt: "2027-03-28T08:00:00.000Z",
  fullName: "Emma Clarke",
  country: "GB",
  phone: "07700 900101",
  notes: "",
  requestId: "6f1c7a52-3f0e-4c1b-9a57-2b8f0c7c2a11",
};

function issues(input: unknown) {
  const result = bookingSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("bookingSchema", () => {
  it("accepts a complete booking", () => {
    expect(issues(valid)).toEqual([]);
  });

  it("keys contact errors to their fields with catalogue keys", () => {
    expect(issues({ ...valid, fullName: "E", phone: "12" })).toEqual(
      expect.arrayContaining([
        ["fullName", "form.nameTooShort"],
        ["phone", "form.phoneInvalid"],
      ]),
    );
  });

  it("limits notes to 500 characters", () => {
    expect(issues({ ...valid, notes: "x".repeat(500) })).toEqual([]);
    expect(issues({ ...valid, notes: "x".repeat(501) })).toEqual([["notes", "booking.notesTooLong"]]);
  });

  it("refuses a selection that is not well formed", () => {
    expect(
      issues({ ...valid, startsAt: "tomorrow", staffId: "<x>", requestId: "1" }).map(([path]) => path),
    ).toEqual(expect.arrayContaining(["startsAt", "staffId", "requestId"]));
  });
});
