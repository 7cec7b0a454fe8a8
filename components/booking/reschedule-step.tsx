"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { notifyEmbedHostOfAppointment } from "@/components/embed/notify-appointment";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time/use-time-zone";
import { buttonStyles } from "@/components/ui/button-styles";
import { ContactLinks } from "@/components/ui/contact-links";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionError } from "@/lib/actions/result";
import type { BookingParams } from "@/lib/booking/booking-params";
import type { RescheduleCode, RescheduleDetail } from "./reschedule-action";
import { SlotTakenPanel, type UnavailableTime } from "./slot-taken-panel";
import { SlotsSkeleton } from "./slots-skeleton";
import { useBookingUrl } from "./use-booking-url";
import { useRescheduleAppointment } from "./use-reschedule-appointment";
import { useTimeFormat } from "@/components/time/use-time-format";

type Failure = { error: unknown; takenAt: string };

const rescheduleMessages: FailureMessages<RescheduleCode> = {
  invalid: "booking.selectionInvalid",
  rate_limited: "booking.rateLimited",
  signed_out: "booking.reschedule.signedOut",
  not_found: "booking.reschedule.notFound",
  not_allowed: "booking.reschedule.notAllowed",
  not_checked: "booking.reschedule.notChecked",
  in_progress: "booking.stillConfirming",
};

/** The old time struck through beside the new one, and one button to move the appointment. */
export function RescheduleStep({
  params,
  appointmentId,
  currentStartsAt,
  contact,
  requestedUnavailable,
}: {
  params: BookingParams;
  appointmentId: string;
  currentStartsAt: string;
  contact: BusinessPhone | null;
  /** Set when the link's time is not free: the nearest free times, read with the page. */
  requestedUnavailable: { alternatives: string[] } | null;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [timeZone] = useTimeZone();
  const hydrated = useHydrated();
  const url = useBookingUrl(params);
  const chosen = url.current.time ?? params.time ?? "";
  const format = useTimeFormat(timeZone ?? "UTC");
  const reschedule = useRescheduleAppointment();
  const requestId = useRef<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [navigating, startNavigation] = useTransition();
  const pending = reschedule.isPending || navigating || reschedule.isSuccess;

  if (!timeZone || !hydrated) return <SlotsSkeleton />;
  const when = (instant: string) =>
    t("booking.details.when", { date: format.date(instant), time: format.time(instant) });

  const confirm = async () => {
    if (pending) return;
    requestId.current ??= crypto.randomUUID();
    try {
      await reschedule.mutateAsync({ appointmentId, startsAt: chosen, requestId: requestId.current });
    } catch (error) {
      // A refusal other than "still working on it" is final for this request id; a lost answer is
      // not: the same id on a retry cannot move the appointment twice.
      if (error instanceof ActionError && error.code !== "in_progress") requestId.current = null;
      setFailure({ error, takenAt: chosen });
      return;
    }
    notifyEmbedHostOfAppointment("rescheduled", appointmentId);
    const query = new URLSearchParams({ tz: timeZone, from: currentStartsAt });
    startNavigation(() => router.push(`/bookings/${encodeURIComponent(appointmentId)}?${query}`));
  };
  const taken =
    failure?.error instanceof ActionError && failure.error.code === "slot_taken"
      ? (failure.error.detail as RescheduleDetail | undefined)
      : null;
  const unavailable: UnavailableTime | null =
    failure && taken
      ? { reason: "taken", at: failure.takenAt, alternatives: taken.alternatives }
      : requestedUnavailable && params.time
        ? { reason: "unavailable", at: params.time, ...requestedUnavailable }
        : null;

  return (
    <div className="space-y-6">
      {unavailable ? (
        <SlotTakenPanel
          reason={unavailable.reason}
          takenAt={unavailable.at}
          alternatives={unavailable.alternatives}
          chosen={chosen}
          timeZone={timeZone}
          onChoose={(startsAt: string) => url.replace({ time: startsAt })}
          anotherDayHref={url.href({ time: null })}
        />
      ) : null}
      <dl className="grid gap-3 rounded-card border border-line bg-surface p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-ink-muted">{t("booking.reschedule.from")}</dt>
          <dd className="font-medium text-ink-muted line-through">
            <time dateTime={currentStartsAt}>{when(currentStartsAt)}</time>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">{t("booking.reschedule.to")}</dt>
          <dd className="font-semibold">
            <time dateTime={chosen}>{when(chosen)}</time>
          </dd>
        </div>
      </dl>
      <p role="alert" className="text-danger empty:hidden">
        {!failure || taken
          ? null
          : failure.error instanceof ActionError
            ? failureMessage(t, failure.error, rescheduleMessages)
            : t("error.upstreamUnavailable")}
      </p>
      {failure?.error instanceof ActionError && failure.error.code === "not_allowed" ? (
        <ContactLinks phone={contact} />
      ) : null}
      <div className="flex flex-wrap gap-3">
        {/* A link's time that is not free cannot be moved to: one of the offered times first. */}
        {unavailable?.reason === "unavailable" && chosen === unavailable.at ? null : (
          <button type="button" className={buttonStyles.primary} onClick={confirm} aria-disabled={pending}>
            {pending ? t("booking.reschedule.confirming") : t("booking.reschedule.confirm")}
          </button>
        )}
        <Link href={`/bookings/${encodeURIComponent(appointmentId)}`} className={buttonStyles.secondary}>
          {t("booking.reschedule.keep")}
        </Link>
      </div>
    </div>
  );
}
