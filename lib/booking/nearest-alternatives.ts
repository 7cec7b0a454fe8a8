import type { BookableSlot } from "./types";

/** Up to `count` free slots closest in time to the one that was taken, in time order. */
export function nearestAlternatives(slots: BookableSlot[], requested: string, count = 4): BookableSlot[] {
  const target = new Date(requested).getTime();
  return slots
    .filter((slot) => slot.startsAt !== requested)
    .map((slot) => ({ slot, distance: Math.abs(new Date(slot.startsAt).getTime() - target) }))
    .sort((a, b) => a.distance - b.distance || a.slot.startsAt.localeCompare(b.slot.startsAt))
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Null when `requested` is one of the free slots; else the nearest free ones to offer instead. */
export function alternativesUnlessFree(
  slots: BookableSlot[],
  requested: string,
): { alternatives: BookableSlot[] } | null {
  return slots.some((slot) => slot.startsAt === requested)
    ? null
    : { alternatives: nearestAlternatives(slots, requested) };
}
