import { utcToZonedParts } from "@/lib/time/zoned";
import type { RawLocationRef, RawServiceRef, RawStaffRef } from "../schemas/common";
import type { ServiceSummary } from "../types";

const MINUTE_MS = 60_000;

/** Normalises any offset form to "…Z". */
export function toInstant(text: string): string {
  return new Date(text).toISOString();
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * MINUTE_MS).toISOString();
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / MINUTE_MS);
}

/** Start, end and the start's wall clock, from the UTC fields only. */
export function timing(
  startTimeUTC: string,
  endTimeUTC: string | null | undefined,
  durationMinutes: number,
  timeZone: string,
) {
  const startsAt = toInstant(startTimeUTC);
  const endsAt = endTimeUTC ? toInstant(endTimeUTC) : addMinutes(startsAt, durationMinutes);
  const local = utcToZonedParts(startsAt, timeZone);
  return { startsAt, endsAt, timeZone, localDate: local.date, localTime: local.time };
}

export function serviceSummary(raw: RawServiceRef, startsAt: string, endsAt: string): ServiceSummary {
  return {
    id: raw.id,
    name: raw.name ?? "",
    durationMinutes: raw.durationMinutes ?? minutesBetween(startsAt, endsAt),
    price: raw.sellingPrice ?? null,
  };
}

/** Add-ons as a service or an appointment lists them; one without a duration takes no time [guess]. */
export function addOnSummaries(raw: RawServiceRef[] | null | undefined): ServiceSummary[] {
  return (raw ?? []).map((addOn) => ({
    id: addOn.id,
    name: addOn.name ?? "",
    durationMinutes: addOn.durationMinutes ?? 0,
    price: addOn.sellingPrice ?? null,
  }));
}

export function staffSummary(raw: RawStaffRef): { id: string; name: string } | null {
  return raw?.id ? { id: raw.id, name: raw.name ?? "" } : null;
}

export function locationSummary(raw: RawLocationRef): { id: string; title: string } {
  return { id: raw.id, title: raw.title ?? "" };
}
