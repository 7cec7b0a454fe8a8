import type { Page } from "@playwright/test";
import type { SandboxControl } from "./fixtures";

export interface SandboxClass {
  id: string;
  startTimeUTC: string;
  bookedParticipants: number;
  numberOfParticipants: number;
  timezone: string;
}

export interface SandboxParticipant {
  id: string;
  client: { id: string; fullName: string };
  status: string;
  cancellationReason: string | null;
}

/** Monday ("YYYY-MM-DD") of the week holding an instant, in a zone. */
export function mondayOfInstant(instant: string, timeZone: string): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(instant));
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

export async function timetableUrlFor(sandbox: SandboxControl, classId: string, timeZone = "Europe/London") {
  const session = await sandbox.api<SandboxClass>(`/v1/classes/${classId}`);
  return `/classes?week=${mondayOfInstant(session.startTimeUTC, timeZone)}&tz=${encodeURIComponent(timeZone)}`;
}

/** A UK demo number (Ofcom's 07700 900xxx drama range) no seeded client uses. */
export function freshPhone(): string {
  return `07700 900${String(200 + Math.floor(Math.random() * 800)).padStart(3, "0")}`;
}

export async function joinWithDetails(page: Page, fullName: string, phone: string) {
  await page.getByLabel("Full name").fill(fullName);
  await page.getByRole("textbox", { name: "Mobile number" }).fill(phone);
}

/** Moves a class to start `minutes` from now (London wall clock), as the studio's back office could. */
export async function moveClassToStartIn(sandbox: SandboxControl, classId: string, minutes: number) {
  const start = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(start)
      .map((part) => [part.type, part.value]),
  );
  await sandbox.api(`/v1/classes/${classId}`, {
    method: "PUT",
    body: {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
      timezone: "Europe/London",
    },
  });
}

/** Changes how many spots a class has, as the studio's back office could (its time stays). */
export async function setClassCapacity(sandbox: SandboxControl, classId: string, capacity: number) {
  const session = await sandbox.api<{ date: string; time: string; timezone: string }>(
    `/v1/classes/${classId}`,
  );
  await sandbox.api(`/v1/classes/${classId}`, {
    method: "PUT",
    body: {
      date: session.date,
      time: session.time,
      timezone: session.timezone,
      numberOfParticipants: capacity,
    },
  });
}

/** The accessible name of a class's link in the timetable starts with its name and day. */
export async function classLinkName(
  sandbox: SandboxControl,
  classId: string,
  name: string,
  timeZone = "Europe/London",
) {
  const session = await sandbox.api<SandboxClass>(`/v1/classes/${classId}`);
  const day = new Intl.DateTimeFormat("en", {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(new Date(session.startTimeUTC));
  const time = new Intl.DateTimeFormat("en", { timeZone, hour: "numeric", minute: "2-digit" }).format(
    new Date(session.startTimeUTC),
  );
  return new RegExp(`^${name}, ${day}, ${time.replace(/\s/g, "\\s")}$`);
}

/** On a phone the filters fold behind one button; on a desktop they are always shown. */
export async function showFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false")
    await toggle.click();
}
