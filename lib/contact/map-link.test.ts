import { describe, expect, it } from "vitest";
import { mapSearchHref } from "./map-link";

describe("mapSearchHref", () => {
  it("searches for the whole address, encoded", () => {
    expect(mapSearchHref("12 Rua Augusta, São Paulo & Co")).toBe(
      "https://www.google.com/maps/search/?api=1&query=12%20Rua%20Augusta%2C%20S%C3%A3o%20Paulo%20%26%20Co",
    );
  });

  it("offers no link without an address", () => {
    expect(mapSearchHref(null)).toBeNull();
    expect(mapSearchHref("  ")).toBeNull();
  });
});
