"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { notifyEmbedHostOfAppointment } from "@/components/embed/notify-appointment";
import { useTimeZone } from "@/components/time-zone/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { BookingParams } from "@/lib/booking/booking-params";
import type { ContactPrefill } from "@/lib/booking/prefill";
import type { BookableSlot } from "@/lib/booking/types";
import type { BookResult } from "./action-result";
import type { BookingInput } from "./booking-schema";
import { LocationTimeNote } from "./location-time-note";
import { SlotTakenPanel } from "./slot-taken-panel";
import { SlotsSkeleton } from "./slots-skeleton";
import { useBookAppointment } from "./use-book-appointment";
import { useBookingUrl } from "./use-booking-url";

type Failure = Exclude<BookResult, { ok: true }>;

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
  prefill,
}: {
  params: BookingParams;
  startsAt: string;
  locationTitle: string;
  locationTimeZone: string | null;
  cancelNoticeHours: number;
  prefill: ContactPrefill;
}) {
  const router = useRouter();
  const [timeZone] = useTimeZone();
  const hydrated = useHydrated();
  const url = useBookingUrl(params);
  const chosen = url.current.time ?? startsAt;
  const book = useBookAppointment();
  const [failure, setFailure] = useState<(Failure & { takenAt: string }) | null>(null);
  const [navigating, startNavigation] = useTransition();

  const submit = async (input: BookingInput): Promise<Failure | null> => {
    const result = await book.mutateAsync(input);
    if (result.ok) {
      notifyEmbedHostOfAppointment("booked", result.data.appointmentId);
      const query = timeZone ? `?tz=${encodeURIComponent(timeZone)}` : "";
      startNavigation(() =>
        router.push(`/bookings/${encodeURIComponent(result.data.appointmentId)}${query}`),
      );
      return null;
    }
    setFailure({ ...result, takenAt: input.startsAt });
    return result;
  };
  const chooseAlternative = (slot: BookableSlot) => url.replace({ time: slot.startsAt });

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
      {failure?.code === "slot_taken" ? (
        <SlotTakenPanel
          takenAt={failure.takenAt}
          alternatives={failure.alternatives}
          chosen={chosen}
          timeZone={timeZone}
          onChoose={chooseAlternative}
          anotherDayHref={url.href({ time: null })}
        />
      ) : null}
      <DetailsForm
        selection={{
          locationId: params.location ?? "",
          serviceId: params.service ?? "",
          staffId: params.staff ?? "",
          startsAt: chosen,
        }}
        prefill={prefill}
        cancelNoticeHours={cancelNoticeHours}
        pending={book.isPending || navigating || book.data?.ok === true}
        failure={failure?.code === "slot_taken" ? null : failure}
        onSubmit={submit}
      />
    </div>
  );
}
