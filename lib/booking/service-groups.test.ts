import { describe, expect, it } from "vitest";
import type { Service } from "@/lib/whautomate/types";
import { groupServicesByCategory } from "./service-groups";

function service(id: string, categories: { id: string; name: string }[]): Service {
  return {
    id,
    name: id,
    locationId: "loc",
    categories,
    durationMinutes: 30,
    price: 10,
    staffIds: [],
    active: true,
    bookableOnline: true,
    bookingWindowDays: null,
    bufferMinutes: 0,
    kind: "appointment",
    description: null,
    paysOnline: false,
    addOns: [],
  };
}

describe("groupServicesByCategory", () => {
  it("groups by first category in the business's order, uncategorised last", () => {
    const hair = { id: "hair", name: "Hair" };
    const consult = { id: "consult", name: "Consultations" };
    const groups = groupServicesByCategory(
      [
        service("consultation", [consult]),
        service("loose", []),
        service("cut", [hair, consult]),
        service("trim", [hair]),
      ],
      [
        { ...hair, locationId: "loc" },
        { ...consult, locationId: "loc" },
      ],
    );
    expect(groups.map((group) => [group.name, group.services.map((s) => s.id)])).toEqual([
      ["Hair", ["cut", "trim"]],
      ["Consultations", ["consultation"]],
      [null, ["loose"]],
    ]);
  });
});
