"use client";

import dynamic from "next/dynamic";
import { useI18n } from "@/components/i18n/i18n-provider";
import { AddToCalendarLinks } from "@/components/ui/add-to-calendar";
import { classEvent } from "@/lib/classes/class-event";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { ClassPlaceView } from "@/lib/my-bookings/types";
import { useAnnounce } from "./bookings-announcer";

// Its form brings react-hook-form and the class schemas (with the phone library behind the join
// form's): loaded only where a class place can be left, as the cancel dialog is.
const LeaveClassDialog = dynamic(() =>
  import("@/components/classes/leave-dialog").then((module) => module.LeaveClassDialog),
);

/** What a client can do with an upcoming class place: put it in a calendar, or leave. */
export function ClassPlaceActions({
  booking,
  lateCancel,
  when,
  contact,
}: {
  booking: ClassPlaceView;
  lateCancel: boolean;
  when: string;
  contact: BusinessPhone | null;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { session, participant, online } = booking;
  const name = session.name;
  const waitlisted = participant.status === "waitlisted";
  return (
    <>
      <AddToCalendarLinks
        icsHref={`/classes/${encodeURIComponent(session.id)}/calendar.ics`}
        event={classEvent(session, waitlisted ? "waitlisted" : "booked", online, t)}
        entry={{ name, when }}
      />
      <LeaveClassDialog
        session={session}
        waitlisted={waitlisted}
        lateCancel={lateCancel}
        when={when}
        contact={contact}
        onLeft={() =>
          announce(t(waitlisted ? "bookings.leave.doneWaitlist" : "bookings.leave.done", { name, when }))
        }
      />
    </>
  );
}
