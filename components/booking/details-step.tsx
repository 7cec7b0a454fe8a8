"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { notifyEmbedHostOfAppointment } from "@/components/embed/notify-appointment";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionError } from "@/lib/actions/result";
import { parseAddOnIds } from "@/lib/booking/add-ons";
import type { BookingParams } from "@/lib/booking/booking-params";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { ContactPrefill } from "@/lib/booking/prefill";
import type { BookFailure } from "./booking-failures";
import type { BookingInput } from "./booking-schema";
import { LocationTimeNote } from "./location-time-note";
import { SlotTakenPanel, type UnavailableTime } from "./slot-taken-panel";
import { SlotsSkeleton } from "./slots-skeleton";
import { useBookAppointment } from "./use-book-appointment";
import { useBookingUrl } from "./use-booking-url";

// The form brings react-hook-form, the phone number metadata and the schema: only this step loads them.
const DetailsForm = dynamic(() => import("./details-form").then((module) => module.DetailsForm), {
  loading: () => <SlotsSkeleton />,
});

export function DetailsStep({
  params,
  startsAt,
  locationTitle,
  locationTimeZone,
  cancelNoticeHours,
  contact,
  prefill,
  serverNow,
  requestedUnavailable,
}: {
  params: BookingParams;
  startsAt: string;
  locationTitle: string;
  locationTimeZone: string | null;
  cancelNoticeHours: number;
  contact: BusinessPhone | null;
  prefill: ContactPrefill;
  serverNow: string;
  /** Set when the link's time is not free: the nearest free times, read with the page. */
  requestedUnavailable: { alternatives: string[] } | null;
}) {
  const router = useRouter();
  const [timeZone] = useTimeZone();
  const hydrated = useHydrated();
  const url = useBookingUrl(params);
  const chosen = url.current.time ?? startsAt;
  const book = useBookAppointment();
  const [failure, setFailure] = useState<{ refused: BookFailure } | null>(null);
  const [unavailable, setUnavailable] = useState<UnavailableTime | null>(
    requestedUnavailable && { reason: "unavailable", at: startsAt, ...requestedUnavailable },
  );
  const [notSent, setNotSent] = useState(false);
  const dontSend = () => {
    book.dontSend();
    setNotSent(true);
  };
  const [navigating, startNavigation] = useTransition();

  const submit = async (input: BookingInput): Promise<BookFailure | null> => {
    setNotSent(false);
    let booked: { appointmentId: string } | null;
    try {
      booked = await book.send(input);
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      const refused = error as BookFailure;
      setFailure({ refused });
      setUnavailable(
        refused.code === "slot_taken"
          ? { reason: "taken", at: input.startsAt, alternatives: refused.detail?.alternatives ?? [] }
          : null,
      );
      return refused;
    }
    if (!booked) return null;
    const { appointmentId } = booked;
    notifyEmbedHostOfAppointment("booked", appointmentId);
    const query = new URLSearchParams({ booked: "1", ...(timeZone ? { tz: timeZone } : {}) });
    startNavigation(() => router.push(`/bookings/${encodeURIComponent(appointmentId)}?${query}`));
    return null;
  };
  const chooseAlternative = (startsAt: string) => url.replace({ time: startsAt });

  if (!timeZone || !hydrated) return <SlotsSkeleton />;
  return (
    <div className="space-y-6">
      {locationTimeZone ? (
        <LocationTimeNote
          timeZone={timeZone}
          locationTimeZone={locationTimeZone}
          locationTitle={locationTitle}
          at={chosen}
        />
      ) : null}
      {unavailable ? (
        <SlotTakenPanel
          reason={unavailable.reason}
          takenAt={unavailable.at}
          alternatives={unavailable.alternatives}
          chosen={chosen}
          timeZone={timeZone}
          onChoose={chooseAlternative}
          anotherDayHref={url.href({ time: null })}
        />
      ) : null}
      {/* A link's time that was never free gets no form until one of the offered times is chosen. */}
      {unavailable?.reason === "unavailable" && chosen === unavailable.at ? null : (
        <DetailsForm
          selection={{
            locationId: params.location ?? "",
            serviceId: params.service ?? "",
            addOnIds: parseAddOnIds(params.addOns ?? "") ?? [],
            staffId: params.staff ?? "",
            startsAt: chosen,
          }}
          prefill={prefill}
          cancelNoticeHours={cancelNoticeHours}
          contact={contact}
          serverNow={serverNow}
          pending={book.isPending || navigating || book.isSuccess}
          waitingToSend={book.isWaitingToSend}
          notSent={notSent}
          onDontSend={dontSend}
          failure={failure?.refused.code === "slot_taken" ? null : (failure?.refused ?? null)}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
