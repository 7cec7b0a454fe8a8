// Valid inputs the reliability tests start from and change one thing at a time.

import type { MonthAvailability } from "@/lib/booking/types";

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const monthInput = {
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  staffId: "any",
  month: new Date().toISOString().slice(0, 7),
  timeZone: "Europe/London",
};

let phones = 0;

/** A new phone number each time unless given, so per-phone limits never carry over between tests. */
export const bookingInput = (phone = `07700 900${String((phones += 1)).padStart(3, "0")}`) => ({
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  staffId: "any",
  startsAt: inDays(3),
  fullName: "Ada Lovelace",
  country: "GB",
  phone,
  notes: "",
  requestId: crypto.randomUUID(),
});

type MonthRead = (input: typeof monthInput) => Promise<{ status: number; body: unknown }>;

/** The first free time this month or next, read through the app's own month route. */
export async function firstFreeTime(readMonth: MonthRead): Promise<string> {
  const thisMonth = new Date();
  const nextMonth = new Date(Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() + 1, 1));
  for (const month of [thisMonth, nextMonth].map((date) => date.toISOString().slice(0, 7))) {
    const { status, body } = await readMonth({ ...monthInput, month });
    const startsAt = status === 200 ? (body as MonthAvailability).starts[0] : undefined;
    if (startsAt) return startsAt;
  }
  throw new Error("The sandbox has no free time this month or next");
}
