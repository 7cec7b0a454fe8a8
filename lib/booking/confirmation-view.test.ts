import { describe, expect, it } from "vitest";
import { appointment } from "@/test/support/my-bookings";
import { toConfirmationView } from "./confirmation-view";

const location = {
  id: "loc_london",
  title: "Soho Studio",
  address: "12 Greek Street, London",
  phone: "+44 20 7946 0000",
};

// A confirmation's page data is exactly what it shows: the visitor's own name (or none), never the
// stored client's, whose record Whautomate may have filed the booking under.
describe("toConfirmationView", () => {
  it("carries the appointment's view, the location's address and number, and the name the visitor may see", () => {
    const view = toConfirmationView(appointment(), location, {
      bookedFor: "Typed Visitor",
      manageLink: "/manage#sealed",
    });
    expect(view).toMatchObject({
      address: "12 Greek Street, London",
      bookedFor: "Typed Visitor",
      manageLink: "/manage#sealed",
    });
    expect(view.contact?.callHref).toBe("tel:+442079460000");
    expect(view.appointment).not.toHaveProperty("client");
    const text = JSON.stringify(view);
    expect(text).not.toContain("Emma Clarke");
    expect(text).not.toContain("cli_emma");
  });

  it("shows no address it could not read and no name it may not show", () => {
    const view = toConfirmationView(appointment(), null, { bookedFor: null, manageLink: "/manage#sealed" });
    expect(view.address).toBeNull();
    expect(view.contact).toBeNull();
    expect(view.bookedFor).toBeNull();
  });
});
