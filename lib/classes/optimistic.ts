import type { Participation } from "./class-status";
import type { PublicClassSession } from "./public-class";
import type { ClassDetail, TimetableWeek } from "./views";

/** One more (or fewer) booked spot, with spots left kept within 0…capacity. */
export function withBookedDelta<T extends Pick<PublicClassSession, "booked" | "capacity" | "spotsLeft">>(
  session: T,
  delta: number,
): T {
  const booked = Math.max(0, session.booked + delta);
  return { ...session, booked, spotsLeft: Math.max(0, session.capacity - booked) };
}

export function updateDetailSpots(
  detail: ClassDetail,
  delta: number,
  participation?: Participation,
): ClassDetail {
  return {
    ...detail,
    session: withBookedDelta(detail.session, delta),
    participation: participation === undefined ? detail.participation : participation,
  };
}

export function updateWeekClass(
  week: TimetableWeek,
  classId: string,
  delta: number,
  participation?: Participation,
): TimetableWeek {
  return {
    ...week,
    days: week.days.map((day) => ({
      ...day,
      classes: day.classes.map((session) =>
        session.id === classId
          ? {
              ...withBookedDelta(session, delta),
              participation: participation === undefined ? session.participation : participation,
            }
          : session,
      ),
    })),
  };
}
