import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpstreamUnavailableError } from "@/lib/whautomate/errors";

const findClientByPhone = vi.hoisted(() => vi.fn());
vi.mock("@/lib/my-bookings/find-client", () => ({ findClientByPhone }));
const { notesForBusiness } = await import("./business-notes");

const phone = { countryCode: "+44", phone: "7700900101", e164: "+447700900101" };
const typed = { fullName: "Typed Visitor", phone };
const stored = (fullName: string) => ({ id: "cli_emma", fullName, countryCode: "+44", phone: "7700900101" });

// Whautomate files the booking under the stored client and drops the typed name: the business must
// still see it, or a booking made in someone else's name goes unnoticed.
describe("notesForBusiness", () => {
  beforeEach(() => {
    findClientByPhone.mockReset();
  });

  it("adds the typed name when the phone's stored client is named differently", async () => {
    findClientByPhone.mockResolvedValue(stored("Emma Clarke"));
    expect(await notesForBusiness(typed, "Window seat")).toBe(
      "Window seat\n\nBooked online as: Typed Visitor",
    );
    expect(findClientByPhone).toHaveBeenCalledWith(phone);
  });

  it("leaves the notes alone for the same name or a new client", async () => {
    findClientByPhone.mockResolvedValue(stored("typed  visitor"));
    expect(await notesForBusiness(typed, "Window seat")).toBe("Window seat");
    findClientByPhone.mockResolvedValue(null);
    expect(await notesForBusiness(typed, "")).toBe("");
  });

  it("adds the typed name when the stored client cannot be read", async () => {
    findClientByPhone.mockRejectedValue(new UpstreamUnavailableError("timeout", "timeout"));
    expect(await notesForBusiness(typed, "")).toBe("Booked online as: Typed Visitor");
  });
});
