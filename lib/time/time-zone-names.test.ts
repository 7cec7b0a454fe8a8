import { describe, expect, it } from "vitest";
import { isValidTimeZone } from "@/lib/time/zoned";
import { currentZoneName } from "./time-zone-names";

describe("currentZoneName", () => {
  it("names renamed zones by their current name, which Intl knows", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(isValidTimeZone(currentZoneName("Europe/Kiev"))).toBe(true);
  });

  it("leaves every other zone alone", () => {
    expect(currentZoneName("Europe/London")).toBe("Europe/London");
  });
});
