import { describe, expect, it } from "vitest";
import { namesDiffer, withTypedName } from "./typed-name-note";

describe("the typed name for the business", () => {
  it("treats case, spacing and Unicode composition as the same name", () => {
    expect(namesDiffer("Emma Clarke", "  emma   CLARKE ")).toBe(false);
    expect(namesDiffer("Zoë Adams", "Zoe\u0308 Adams")).toBe(false);
    expect(namesDiffer("Emma Clarke", "Emma Clark")).toBe(true);
    expect(namesDiffer("Emma Clarke", "Mallory")).toBe(true);
  });

  it("adds the typed name on its own line after the client's notes", () => {
    expect(withTypedName("Window seat please ", "Typed Visitor")).toBe(
      "Window seat please\n\nBooked online as: Typed Visitor",
    );
    expect(withTypedName("", " Typed Visitor ")).toBe("Booked online as: Typed Visitor");
  });
});
