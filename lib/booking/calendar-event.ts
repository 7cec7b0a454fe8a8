// "Add to calendar" for a booked appointment: an RFC 5545 .ics file and a Google Calendar link.
// Times are always written in UTC ("Z" form) so every calendar app places them correctly.

export interface CalendarEvent {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  description?: string;
}

/** 2027-03-28T08:00:00.000Z → 20270328T080000Z */
export function calendarTimestamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, newlines become "\n". */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  for (const character of line) {
    const limit = pieces.length === 0 ? 75 : 74;
    if (encoder.encode(current + character).length > limit) {
      pieces.push(current);
      current = character;
    } else {
      current += character;
    }
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

export function icsCalendar(event: CalendarEvent, now: Date = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Whautomate booking portal//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${calendarTimestamp(now.toISOString())}`,
    `DTSTART:${calendarTimestamp(event.startsAt)}`,
    `DTEND:${calendarTimestamp(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", event.title);
  url.searchParams.set("dates", `${calendarTimestamp(event.startsAt)}/${calendarTimestamp(event.endsAt)}`);
  url.searchParams.set("location", event.location);
  if (event.description) url.searchParams.set("details", event.description);
  return url.toString();
}

/** The .ics file as a download; `name` is the file's name without ".ics". */
export function icsResponse(event: CalendarEvent, name: string): Response {
  return new Response(icsCalendar(event), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9_-]/g, "")}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
