import { describe, expect, it } from "vitest";
import { icsCalendar } from "@/lib/booking/calendar-event";
import { compiledMessages } from "@/lib/i18n/catalogues";
import { createTranslator } from "@/lib/i18n/translate";
import { classBooking } from "@/test/support/my-bookings";
import { classEvent } from "./class-event";

const t = createTranslator("en-GB", compiledMessages("en"), { business: "Lotus & Lane" });
const { session } = classBooking(
  {},
  { id: "cls_meditation", name: "Guided Meditation", location: { id: "loc_bandra", title: "Bandra Studio" } },
);
const online = { link: "https://meet.example.com/guided", passcode: "482913" };

// If this breaks, a waitlisted client's calendar would carry the class's private link, or a
// participant's would lack it.
describe("classEvent", () => {
  it("gives a booked participant the online link and passcode", () => {
    const event = classEvent({ ...session, isOnline: true }, "booked", online, t);
    expect(event).toMatchObject({
      uid: "class-cls_meditation@whautomate-booking-portal",
      title: "Guided Meditation at Lotus & Lane",
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: "Online, hosted by Bandra Studio",
    });
    expect(event.description).toBe(
      "With Oliver Reed\nJoin online:\nhttps://meet.example.com/guided\nPasscode: 482913",
    );
  });

  it("marks a waitlist entry as such and never carries a link", () => {
    const event = classEvent({ ...session, isOnline: true }, "waitlisted", null, t);
    expect(event.title).toBe("Waitlist: Guided Meditation at Lotus & Lane");
    expect(event.description).toBe("With Oliver Reed\nYou're on the waitlist for this class, not booked.");
    expect(icsCalendar(event)).not.toContain("meet.example.com");
  });

  it("places a class at its location when it is not online", () => {
    const event = classEvent({ ...session, instructor: null }, "booked", null, t);
    expect(event.location).toBe("Bandra Studio");
    expect(event.description).toBeUndefined();
  });
});
