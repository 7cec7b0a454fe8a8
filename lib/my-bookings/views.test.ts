import { describe, expect, it } from "vitest";
import { appointment, classBooking } from "@/test/support/my-bookings";
import { toAppointmentView, toClassPlaceView } from "./views";

// These views are all a client component ever receives of a booking. Whautomate files a booking for a
// known phone under its stored client, so anything of that record here would reach whoever typed the number.
describe("booking views", () => {
  const stored = appointment({
    client: { id: "cli_emma", fullName: "Emma Clarke" },
    notes: "Door code 4711",
    bookedFrom: "Admin Portal",
    paymentStatus: "unpaid",
  });

  it("keeps what an appointment shows and nothing of the client or the notes; the staff id books them again", () => {
    expect(toAppointmentView(stored)).toEqual({
      id: "apt_1",
      status: "booked",
      statusRaw: "Booked",
      paymentStatus: "unpaid",
      startsAt: "2026-06-10T09:00:00.000Z",
      endsAt: "2026-06-10T09:45:00.000Z",
      timeZone: "Europe/London",
      location: { id: "loc_london", title: "Soho Studio" },
      staff: { id: "stf_amelia", name: "Amelia Hart" },
      service: { id: "svc_signature_cut", name: "Signature Cut", durationMinutes: 45, price: 60 },
      addOns: [],
    });
    const text = JSON.stringify(toAppointmentView(stored));
    for (const secret of ["cli_emma", "Emma Clarke", "Door code", "Admin Portal"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("keeps an appointment with anyone on the team as such", () => {
    expect(toAppointmentView(appointment({ staff: null })).staff).toBeNull();
  });

  it("keeps a class place's status and the public class, never the participant's client or the online link", () => {
    const place = classBooking(
      { id: "par_7", status: "waitlisted", statusRaw: "Waitlisted" },
      { isOnline: true, online: { link: "https://meet.example/secret", passcode: "9876" } },
    );
    const view = toClassPlaceView(place);
    expect(view.participant).toEqual({
      id: "par_7",
      status: "waitlisted",
      statusRaw: "Waitlisted",
      paymentStatus: null,
    });
    expect(view.session).toMatchObject({ id: "cls_1", name: "Vinyasa Yoga", isOnline: true });
    const text = JSON.stringify(view);
    for (const secret of ["cli_emma", "Emma Clarke", "meet.example", "9876"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("gives a booked place the online link, as the class page does", () => {
    const online = { link: "https://meet.example/secret", passcode: "9876" };
    const place = classBooking({}, { isOnline: true, online });
    expect(toClassPlaceView(place).online).toEqual(online);
    expect(
      toClassPlaceView(classBooking({ status: "cancelled" }, { isOnline: true, online })).online,
    ).toBeNull();
  });
});
