import { describe, expect, it } from "vitest";
import type { Service } from "@/lib/whautomate/types";
import { resolveBookingSelection, type BookingCatalogue } from "./booking-selection";

function service(id: string, locationId: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name: id,
    locationId,
    categories: [],
    durationMinutes: 30,
    price: 10,
    staffIds: ["amelia", "oliver"],
    active: true,
    bookableOnline: true,
    bookingWindowDays: 60,
    bufferMinutes: 0,
    kind: "appointment",
    description: null,
    paysOnline: false,
    addOns: [],
    ...overrides,
  };
}

const catalogue: BookingCatalogue = {
  locations: [
    { id: "london", title: "London", address: "", phone: null },
    { id: "mumbai", title: "Mumbai", address: "", phone: null },
  ],
  services: [
    service("cut", "london"),
    service("massage", "london", { bookableOnline: false, active: false }),
    service("yoga", "london", { kind: "class" }),
    service("physio", "mumbai", { staffIds: ["priya"] }),
  ],
  categories: [],
  staff: [
    { id: "amelia", name: "Amelia", locationIds: ["london"], active: true, description: null },
    { id: "oliver", name: "Oliver", locationIds: ["london"], active: false, description: null },
    { id: "priya", name: "Priya", locationIds: ["mumbai"], active: true, description: null },
  ],
};

describe("resolveBookingSelection", () => {
  it("starts at the location step when there are several", () => {
    expect(resolveBookingSelection({}, catalogue).step).toBe("location");
  });

  it("skips the location step when there is one", () => {
    const single = { ...catalogue, locations: catalogue.locations.slice(0, 1) };
    expect(resolveBookingSelection({}, single)).toMatchObject({
      step: "service",
      params: { location: "london" },
    });
  });

  it("infers the location from a deep-linked service", () => {
    const selection = resolveBookingSelection({ service: "physio", staff: "priya" }, catalogue);
    expect(selection).toMatchObject({ step: "datetime", params: { location: "mumbai", service: "physio" } });
  });

  it("drops services that cannot be booked online or belong elsewhere", () => {
    for (const id of ["massage", "yoga", "physio", "nope"]) {
      const selection = resolveBookingSelection({ location: "london", service: id, staff: "any" }, catalogue);
      expect(selection.step).toBe("service");
      expect(selection.params.service).toBeUndefined();
      expect(selection.params.staff).toBeUndefined();
    }
  });

  it("offers only active staff who perform the service, and accepts 'any'", () => {
    const base = { location: "london", service: "cut" };
    expect(resolveBookingSelection(base, catalogue).eligibleStaff.map((s) => s.id)).toEqual(["amelia"]);
    expect(resolveBookingSelection({ ...base, staff: "oliver" }, catalogue).step).toBe("staff");
    expect(resolveBookingSelection({ ...base, staff: "priya" }, catalogue).step).toBe("staff");
    expect(resolveBookingSelection({ ...base, staff: "any" }, catalogue).staff).toBe("any");
  });

  describe("add-ons", () => {
    const conditioning = { id: "conditioning", name: "Conditioning", durationMinutes: 15, price: 20 };
    const massage = { id: "massage_add_on", name: "Scalp Massage", durationMinutes: 15, price: 12 };
    const withAddOns = {
      ...catalogue,
      services: [...catalogue.services, service("colour", "london", { addOns: [conditioning, massage] })],
    };
    const base = { location: "london", service: "colour", staff: "amelia" };

    it("asks for them after the service, only when it has some", () => {
      expect(resolveBookingSelection(base, withAddOns)).toMatchObject({ step: "addOns", addOns: null });
      expect(resolveBookingSelection({ ...base, service: "cut" }, withAddOns)).toMatchObject({
        step: "datetime",
        addOns: [],
      });
    });

    it("takes 'no extras' and the service's own add-ons, in its order", () => {
      expect(resolveBookingSelection({ ...base, addOns: "" }, withAddOns)).toMatchObject({
        step: "datetime",
        addOns: [],
      });
      const both = resolveBookingSelection({ ...base, addOns: "massage_add_on,conditioning" }, withAddOns);
      expect(both).toMatchObject({ step: "datetime", addOns: [conditioning, massage] });
    });

    // A link naming another service's extra asks again rather than booking something the service lacks.
    it("asks again when a link names an add-on the service does not offer", () => {
      const forged = resolveBookingSelection({ ...base, addOns: "conditioning,bond_repair" }, withAddOns);
      expect(forged).toMatchObject({ step: "addOns", addOns: null });
      expect(forged.params.addOns).toBeUndefined();
    });

    // The summary's "Change" on the extras: emptied, the client would have to find and tick them again.
    it("reopens their step with the chosen ones kept in the link while they are changed", () => {
      const changing = resolveBookingSelection(
        { ...base, addOns: "conditioning", change: "addOns" },
        withAddOns,
      );
      expect(changing).toMatchObject({ step: "addOns", addOns: null });
      expect(changing.params).toMatchObject({ addOns: "conditioning", change: "addOns", staff: "amelia" });
      const cut = resolveBookingSelection({ ...base, service: "cut", change: "addOns" }, withAddOns);
      expect(cut.step).toBe("datetime");
      expect(cut.params.change).toBeUndefined();
    });
  });

  it("goes to the details step only with a time, and forgets a time on earlier steps", () => {
    const time = "2027-03-28T08:00:00.000Z";
    expect(
      resolveBookingSelection({ location: "london", service: "cut", staff: "amelia", time }, catalogue).step,
    ).toBe("details");
    expect(resolveBookingSelection({ location: "london", time }, catalogue).params.time).toBeUndefined();
  });
});
