import { utcToZonedParts } from "@/lib/time/zoned";

export type PartOfDay = "morning" | "afternoon" | "evening";

const AFTERNOON_FROM = 12 * 60;
const EVENING_FROM = 17 * 60;

export function partOfDay(instant: string, timeZone: string): PartOfDay {
  const [hours = 0, minutes = 0] = utcToZonedParts(instant, timeZone).time.split(":").map(Number);
  const minuteOfDay = hours * 60 + minutes;
  if (minuteOfDay < AFTERNOON_FROM) return "morning";
  return minuteOfDay < EVENING_FROM ? "afternoon" : "evening";
}

/** Free times by the hour in the client's zone: morning < 12:00 ≤ afternoon < 17:00 ≤ evening. Empty groups are left out. */
export function groupStartsByPartOfDay(
  starts: string[],
  timeZone: string,
): { part: PartOfDay; starts: string[] }[] {
  const parts: PartOfDay[] = ["morning", "afternoon", "evening"];
  return parts
    .map((part) => ({ part, starts: starts.filter((startsAt) => partOfDay(startsAt, timeZone) === part) }))
    .filter((group) => group.starts.length > 0);
}
