import type { CalendarEvent } from "@/lib/booking/calendar-event";
import type { Translate } from "@/lib/i18n/translate";
import type { Participation } from "./class-status";
import { classLocationText } from "./class-terms";
import type { OnlineAccess, PublicClassSession } from "./public-class";

/**
 * The calendar entry for a client's place in a class. The online link goes in only with `online`,
 * which `onlineAccessFor` gives a booked participant alone; a waitlist entry says so in its title.
 */
export function classEvent(
  session: Pick<
    PublicClassSession,
    "id" | "name" | "startsAt" | "endsAt" | "location" | "instructor" | "isOnline"
  >,
  participation: Exclude<Participation, null>,
  online: OnlineAccess | null,
  t: Translate,
): CalendarEvent {
  const description = [
    session.instructor ? t("classes.calendar.withInstructor", { name: session.instructor.name }) : null,
    participation === "waitlisted" ? t("classes.calendar.waitlistNote") : null,
    // The link on a line of its own, outside any message: calendar apps linkify it only bare.
    ...(online ? [t("classes.calendar.onlineLink"), online.link] : []),
    online?.passcode ? t("classes.detail.passcode", { passcode: online.passcode }) : null,
  ].filter((line) => line !== null);
  return {
    uid: `class-${session.id}@whautomate-booking-portal`,
    title: t(participation === "waitlisted" ? "classes.calendar.titleWaitlisted" : "classes.calendar.title", {
      name: session.name,
    }),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: classLocationText(session, t),
    description: description.length > 0 ? description.join("\n") : undefined,
  };
}
