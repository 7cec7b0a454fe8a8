import { addDaysToDate, utcToZonedParts, zonedWallTimeToUtc } from "@/lib/time/zoned";
import { UpstreamContractError } from "../errors";
import type { RawDaySlots } from "../schemas/appointments";
import type { AvailableSlot, DayAvailability } from "../types";
import { addMinutes } from "./shared";

export interface SlotContext {
  operation: string;
  /** The zone asked for; used when a day bucket carries none. */
  timeZone?: string;
  /** The service's length; used when a slot carries no end. */
  durationMinutes?: number;
}

/** Slot times are wall-clock times of the bucket's day in the bucket's zone. */
export function reshapeDaySlots(days: RawDaySlots[], context: SlotContext): DayAvailability[] {
  return days.map((day, dayIndex) => {
    // Never shift "2025-05-12T00:00:00.000Z" through a zone: it names a calendar day.
    const date = day.date.slice(0, 10);
    const timeZone = day.timezone ?? context.timeZone;
    if (!timeZone) {
      throw new UpstreamContractError(
        `${context.operation}: [${dayIndex}].timezone: missing and none was requested`,
      );
    }
    const slots = (day.slots ?? []).map((slot, slotIndex): AvailableSlot => {
      const startsAt = zonedWallTimeToUtc(date, slot.startTime, timeZone);
      let endsAt: string;
      if (slot.endTime) {
        const endDate = slot.endTime < slot.startTime ? addDaysToDate(date, 1) : date;
        endsAt = zonedWallTimeToUtc(endDate, slot.endTime, timeZone);
      } else if (context.durationMinutes !== undefined) {
        endsAt = addMinutes(startsAt, context.durationMinutes);
      } else {
        throw new UpstreamContractError(
          `${context.operation}: [${dayIndex}].slots[${slotIndex}].endTime: missing and no service duration given`,
        );
      }
      const local = utcToZonedParts(startsAt, timeZone);
      return { startsAt, endsAt, timeZone, localDate: local.date, localTime: local.time };
    });
    return { date, timeZone, slots };
  });
}
