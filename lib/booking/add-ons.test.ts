import { describe, expect, it } from "vitest";
import { chosenAddOns, parseAddOnIds, totalOf } from "./add-ons";

const conditioning = { id: "add_conditioning", name: "Deep Conditioning", durationMinutes: 15, price: 20 };
const massage = { id: "add_massage", name: "Scalp Massage", durationMinutes: 15, price: 12 };
const cut = { durationMinutes: 45, price: 60, addOns: [conditioning, massage] };

describe("add-ons", () => {
  it("reads a link's add-ons, and drops a malformed or repeated list whole", () => {
    expect(parseAddOnIds("")).toEqual([]);
    expect(parseAddOnIds("add_massage,add_conditioning")).toEqual(["add_massage", "add_conditioning"]);
    expect(parseAddOnIds("add_massage,add_massage")).toBeNull();
    expect(parseAddOnIds("add_massage,")).toBeNull();
    expect(parseAddOnIds("../x")).toBeNull();
  });

  // A forged id must never reach the upstream as one of the service's own extras.
  it("accepts only add-ons the service offers, in the service's order", () => {
    expect(chosenAddOns(cut, ["add_massage", "add_conditioning"])).toEqual([conditioning, massage]);
    expect(chosenAddOns(cut, ["add_bond_repair"])).toBeNull();
    expect(chosenAddOns({ addOns: [] }, [])).toEqual([]);
  });

  it("adds the add-ons to the length and the price; an unpriced one leaves no total price", () => {
    expect(totalOf(cut, [conditioning, massage])).toEqual({ durationMinutes: 75, price: 92 });
    expect(totalOf(cut, [{ ...massage, price: null }])).toEqual({ durationMinutes: 60, price: null });
    expect(totalOf(cut, [])).toEqual({ durationMinutes: 45, price: 60 });
  });
});
