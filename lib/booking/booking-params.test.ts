import { describe, expect, it } from "vitest";
import { bookingHref, parseBookingParams } from "./booking-params";

describe("parseBookingParams", () => {
  it("keeps good parameters and drops each bad one on its own", () => {
    expect(
      parseBookingParams({
        location: "loc_london",
        service: "<script>",
        staff: "any",
        month: "2027-13",
        date: "2027-02-30",
        time: "2027-03-28T09:00:00+01:00",
        tz: "Mars/Olympus",
        name: ["Emma Clarke", "Someone Else"],
        phone: "",
      }),
    ).toEqual({
      location: "loc_london",
      staff: "any",
      time: "2027-03-28T08:00:00.000Z",
      name: "Emma Clarke",
    });
  });

  it("reads a slot's start only as a whole ISO instant with its offset, and keeps it in UTC", () => {
    const time = (value: string) => parseBookingParams({ time: value }).time;
    expect(time("2027-03-28T09:00:00.5-05:30")).toBe("2027-03-28T14:30:00.500Z");
    expect(time("2027-03-28T09:00:00Z")).toBe("2027-03-28T09:00:00.000Z");
    for (const bad of [
      "2027-03-28T09:00Z",
      "2027-03-28T09:00:00",
      "2027-03-28 09:00:00Z",
      "2027-03-28T24:00:00Z",
      "2027-02-30T09:00:00Z",
      "2027-03-28T09:00:00+01",
    ]) {
      expect(time(bad)).toBeUndefined();
    }
  });

  it("trims names and phone numbers and drops them when blank or too long", () => {
    expect(parseBookingParams({ name: "  Emma  ", phone: " ".repeat(3) })).toEqual({ name: "Emma" });
    expect(parseBookingParams({ name: "a".repeat(81), phone: "0".repeat(40) })).toEqual({
      phone: "0".repeat(40),
    });
  });

  it("reads URLSearchParams too", () => {
    expect(parseBookingParams(new URLSearchParams("tz=Asia/Kolkata&month=2027-03"))).toEqual({
      tz: "Asia/Kolkata",
      month: "2027-03",
    });
  });
});

describe("bookingHref", () => {
  const current = {
    location: "loc_london",
    service: "svc_cut",
    staff: "stf_amelia",
    month: "2027-03",
    date: "2027-03-15",
    time: "2027-03-15T10:00:00.000Z",
    tz: "Europe/London",
  };

  it("forgets the choices that depended on a changed one, keeps the zone", () => {
    expect(bookingHref(current, { service: "svc_colour" })).toBe(
      "/book?location=loc_london&service=svc_colour&tz=Europe%2FLondon",
    );
    expect(bookingHref(current, { time: null })).toBe(
      "/book?location=loc_london&service=svc_cut&staff=stf_amelia&month=2027-03&date=2027-03-15&tz=Europe%2FLondon",
    );
  });

  it("changes the extras keeping them in the link, until they or an earlier choice are made again", () => {
    const withAddOns = { ...current, addOns: "add_deep_conditioning" };
    const changing = bookingHref(withAddOns, { change: "addOns" });
    expect(changing).toBe(
      "/book?location=loc_london&service=svc_cut&addOns=add_deep_conditioning&staff=stf_amelia&month=2027-03&date=2027-03-15&tz=Europe%2FLondon&change=addOns",
    );
    const params = parseBookingParams(new URLSearchParams(changing.split("?")[1]));
    expect(params.change).toBe("addOns");
    expect(bookingHref(params, { addOns: "" })).not.toContain("change=");
    expect(bookingHref(params, { staff: null })).not.toContain("change=");
    expect(parseBookingParams({ change: "staff" }).change).toBeUndefined();
  });

  it("sets dependants given in the same change", () => {
    expect(bookingHref({ location: "l" }, { month: "2027-04", date: "2027-04-02" })).toBe(
      "/book?location=l&month=2027-04&date=2027-04-02",
    );
  });
});
