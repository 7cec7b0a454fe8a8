import { describe, expect, it } from "vitest";
import { rawLocationSchema, rawServiceSchema, rawStaffSchema } from "../schemas/catalogue";
import { reshapeLocation, reshapeService, reshapeStaff } from "./catalogue";

describe("catalogue reshaping", () => {
  it("joins address lines and drops blanks", () => {
    const raw = rawLocationSchema.parse({
      id: "loc_1",
      title: "Centro",
      addressLine1: "Rua A, 10",
      addressLine2: "",
      city: "São Paulo",
      district: null,
      postalCode: "01000-000",
      phone: "",
    });
    expect(reshapeLocation(raw)).toEqual({
      id: "loc_1",
      title: "Centro",
      address: "Rua A, 10, São Paulo, 01000-000",
      phone: null,
    });
  });

  it("names staff from first and last name and reads either form of location", () => {
    const raw = rawStaffSchema.parse({
      id: "s",
      firstName: "Ana",
      lastName: "Lima",
      locations: ["l1", { id: "l2" }],
    });
    expect(reshapeStaff(raw)).toEqual({
      id: "s",
      name: "Ana Lima",
      locationIds: ["l1", "l2"],
      active: true,
      description: null,
    });
  });

  it("offers a service online only when active and allowed", () => {
    const base = {
      id: "svc",
      serviceType: "APPOINTMENT",
      name: "Cut",
      location: { id: "loc_1", title: "Centro" },
      durationMinutes: 30,
      categories: [{ id: "cat", name: "Hair" }],
      staffs: [{ id: "s1", name: "Ana" }],
      sellingPrice: 20,
      description: "  Wash and cut. ",
      acceptPaymentOnline: true,
      active: true,
      allowOnlineBooking: true,
      advanceSettings: { advanceBookingLimitDays: 30, blockTimeAfterAppointment: 10 },
      taxOverrides: [],
    };
    expect(reshapeService(rawServiceSchema.parse(base))).toEqual({
      id: "svc",
      name: "Cut",
      locationId: "loc_1",
      categories: [{ id: "cat", name: "Hair" }],
      durationMinutes: 30,
      price: 20,
      staffIds: ["s1"],
      active: true,
      bookableOnline: true,
      bookingWindowDays: 30,
      bufferMinutes: 10,
      kind: "appointment",
      description: "Wash and cut.",
      paysOnline: true,
      addOns: [],
    });
    const hidden = reshapeService(
      rawServiceSchema.parse({ ...base, allowOnlineBooking: false, serviceType: "PACKAGE" }),
    );
    expect(hidden).toMatchObject({ bookableOnline: false, kind: "other" });
    expect(reshapeService(rawServiceSchema.parse({ ...base, active: false })).bookableOnline).toBe(false);
  });

  // Where the guess about how a service lists its add-ons is wrong, the service still books, without extras.
  it("reads a service's add-ons, and reads ones it cannot make sense of as none", () => {
    const base = { id: "svc", name: "Cut", location: { id: "loc_1" }, durationMinutes: 45 };
    const withAddOns = rawServiceSchema.parse({
      ...base,
      addOnServices: [
        { id: "add_1", name: "Deep Conditioning", durationMinutes: "15", sellingPrice: 20 },
        { id: "add_2", name: "Hot Towel" },
      ],
    });
    expect(reshapeService(withAddOns).addOns).toEqual([
      { id: "add_1", name: "Deep Conditioning", durationMinutes: 15, price: 20 },
      { id: "add_2", name: "Hot Towel", durationMinutes: 0, price: null },
    ]);
    for (const addOnServices of [undefined, null, "none", [{ name: "no id" }]]) {
      const service = reshapeService(rawServiceSchema.parse({ ...base, addOnServices }));
      expect(service.addOns).toEqual([]);
    }
  });

  it("reads numbers written as text, and drops advanceSettings it cannot read rather than the service", () => {
    const base = {
      id: "svc",
      serviceType: "APPOINTMENT",
      name: "Cut",
      location: { id: "loc_1" },
      active: true,
      allowOnlineBooking: true,
    };
    const asText = rawServiceSchema.parse({
      ...base,
      durationMinutes: "45",
      sellingPrice: " 60.50 ",
      advanceSettings: { advanceBookingLimitDays: "30", blockTimeAfterAppointment: "10" },
    });
    expect(reshapeService(asText)).toMatchObject({
      durationMinutes: 45,
      price: 60.5,
      bookingWindowDays: 30,
      bufferMinutes: 10,
    });
    for (const advanceSettings of ["60 days", { advanceBookingLimitDays: "sixty" }]) {
      const service = reshapeService(
        rawServiceSchema.parse({ ...base, durationMinutes: 30, advanceSettings }),
      );
      expect(service).toMatchObject({ bookableOnline: true, bookingWindowDays: null, bufferMinutes: 0 });
    }
    expect(rawServiceSchema.safeParse({ ...base, durationMinutes: "half an hour" }).success).toBe(false);
    expect(rawServiceSchema.safeParse({ ...base, durationMinutes: 30, sellingPrice: "£60" }).success).toBe(
      false,
    );
  });
});
