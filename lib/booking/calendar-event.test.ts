import { describe, expect, it } from "vitest";
import {
  calendarTimestamp,
  escapeIcsText,
  foldIcsLine,
  googleCalendarUrl,
  icsCalendar,
} from "./calendar-event";

const event = {
  uid: "apt_1@portal",
  title: "Signature Cut at Lotus & Lane",
  startsAt: "2027-03-28T08:00:00.000Z",
  endsAt: "2027-03-28T08:30:00.000Z",
  location: "Soho Studio, 12 Greek Street; London",
};

describe("calendar events", () => {
  it("writes instants in UTC basic form", () => {
    expect(calendarTimestamp("2027-03-28T08:00:00.000Z")).toBe("20270328T080000Z");
  });

  it("escapes text per RFC 5545", () => {
    expect(escapeIcsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds long lines at 75 octets without splitting characters", () => {
    const folded = foldIcsLine(`SUMMARY:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .map((line, index) => (index === 0 ? line : line.slice(1)))
        .join(""),
    ).toBe(`SUMMARY:${"é".repeat(60)}`);
  });

  it("builds a complete VEVENT with CRLF line ends", () => {
    const ics = icsCalendar(event, new Date("2027-03-20T12:00:00Z"));
    expect(ics).toContain("BEGIN:VEVENT\r\nUID:apt_1@portal\r\nDTSTAMP:20270320T120000Z\r\n");
    expect(ics).toContain("DTSTART:20270328T080000Z\r\nDTEND:20270328T083000Z\r\n");
    expect(ics).toContain("LOCATION:Soho Studio\\, 12 Greek Street\\; London\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("links to Google Calendar with UTC dates", () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("dates")).toBe("20270328T080000Z/20270328T083000Z");
    expect(url.searchParams.get("text")).toBe("Signature Cut at Lotus & Lane");
  });
});
