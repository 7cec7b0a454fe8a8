// Helpers for the identity and "my bookings" specs: fresh clients with bookings made through the
// sandbox's API (as the business's back office would), and sign-in through the real code flow.
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, type SandboxControl } from "./fixtures";
import { sandboxPort } from "./ports";

export interface TestClient {
  id: string;
  fullName: string;
  /** National number as typed into the form: "7700912345". */
  phone: string;
  /** "+447700912345", as the outbox reports it. */
  e164: string;
}

/** The app's SESSION_SECRET, which `npm start` generated beside the sandbox's data. */
export function e2eSessionSecret(): string {
  return readFileSync(path.join("sandbox-data", `e2e-${sandboxPort}`, "session-secret"), "utf8").trim();
}

/** A UK mobile in the range kept for drama, never one of the seeded clients' (9001xx). */
export function unusedPhone(): { phone: string; e164: string } {
  const phone = `77009${randomInt(10_000, 100_000)}`;
  return { phone, e164: `+44${phone}` };
}

// Each test signs in with fresh numbers, so the app's per-number limits (which outlive a sandbox
// reset) never carry over from one test to the next.
export async function createClient(sandbox: SandboxControl, fullName: string): Promise<TestClient> {
  const { phone, e164 } = unusedPhone();
  const client = await sandbox.api<{ id: string }>("/v1/clients", {
    method: "POST",
    body: { fullName, countryCode: "+44", phone, primaryLocation: { id: "loc_london" } },
  });
  return { id: client.id, fullName, phone, e164 };
}

/** London wall-clock date and time of now + the given hours, as the booking API takes them. */
export function londonWallTime(hoursFromNow: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + hoursFromNow * 3_600_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    time: `${part("hour")}:${part("minute")}`,
  };
}

export interface TestAppointment {
  id: string;
  serviceName: string;
  startsAt: string;
}

export async function bookAppointment(
  sandbox: SandboxControl,
  client: TestClient,
  {
    hoursFromNow,
    serviceId = "svc_signature_cut",
    addOnIds = [],
  }: { hoursFromNow: number; serviceId?: string; addOnIds?: string[] },
): Promise<TestAppointment> {
  const { date, time } = londonWallTime(hoursFromNow);
  const appointment = await sandbox.api<{ id: string; service: { name: string }; startTimeUTC: string }>(
    "/v1/appointments",
    {
      method: "POST",
      body: {
        client: { id: client.id },
        location: { id: "loc_london" },
        service: { id: serviceId },
        ...(addOnIds.length ? { addOnServices: addOnIds.map((id) => ({ id })) } : {}),
        date,
        time,
        timezone: "Europe/London",
        overrideTimeSlotValidation: true,
      },
    },
  );
  return { id: appointment.id, serviceName: appointment.service.name, startsAt: appointment.startTimeUTC };
}

export interface TestClass {
  id: string;
  name: string;
}

/**
 * Puts the client in a given class, or the first London class far enough ahead with enough free
 * spots; `waitlisted` puts them on its waitlist instead, as the studio's back office can.
 */
export async function joinClass(
  sandbox: SandboxControl,
  client: TestClient,
  {
    classId,
    minHoursAhead = 48,
    minFreeSpots = 1,
    waitlisted = false,
  }: { classId?: string; minHoursAhead?: number; minFreeSpots?: number; waitlisted?: boolean } = {},
): Promise<TestClass> {
  const classes = await sandbox.api<
    Array<{
      id: string;
      service: { name: string };
      startTimeUTC: string;
      status: string;
      bookedParticipants: number;
      numberOfParticipants: number;
    }>
  >("/v1/classes?locationId=loc_london&limit=100");
  const earliest = Date.now() + minHoursAhead * 3_600_000;
  const session = classes
    .filter((c) => (classId ? c.id === classId : true))
    .filter((c) => c.status === "Active" && c.numberOfParticipants - c.bookedParticipants >= minFreeSpots)
    .filter((c) => Date.parse(c.startTimeUTC) >= earliest)
    .sort((a, b) => Date.parse(a.startTimeUTC) - Date.parse(b.startTimeUTC))[0];
  if (!session) throw new Error("No London class with a free spot in the seed");
  await sandbox.api(`/v1/classes/${session.id}/participants/add`, {
    method: "POST",
    body: { client: { id: client.id }, ...(waitlisted ? { status: "WAITLISTED" } : {}) },
  });
  return { id: session.id, name: session.service.name };
}

/** Per-IP limits key on X-Forwarded-For (set by the proxy in production): one "device" per test. */
export async function useOwnIp(page: Page): Promise<void> {
  await page.context().setExtraHTTPHeaders({
    "x-forwarded-for": `198.51.100.${randomInt(1, 255)}, 10.${randomInt(0, 255)}.${randomInt(0, 255)}.1`,
  });
}

/** Asks for a code on the sign-in page of `origin` (the suite's app when omitted). */
export async function requestCode(page: Page, phone: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole("combobox", { name: "Country" }).selectOption("GB");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(phone);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeFocused();
}

export async function codeFromOutbox(sandbox: SandboxControl, e164: string): Promise<string> {
  let code = "";
  await expect
    .poll(async () => {
      const sent = (await sandbox.outbox("api")).filter((message) => message.to.phoneNumber === e164);
      code = sent.at(-1)?.bodyTextParameters[0] ?? "";
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code;
}

export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByRole("textbox", { name: "6-digit code" }).fill(code);
  await page.getByRole("button", { name: "Show my bookings" }).click();
}

/** Signs in through the real flow: number, WhatsApp code read from the sandbox outbox, code. */
export async function signInAs(page: Page, sandbox: SandboxControl, client: TestClient): Promise<void> {
  await useOwnIp(page);
  await requestCode(page, client.phone);
  await enterCode(page, await codeFromOutbox(sandbox, client.e164));
  await expect(page).toHaveURL(/\/bookings(\?tz=[^&]+)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
}
