"use client";

import { monthInputOf } from "./keys";
import { useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { TimeZonePicker } from "@/components/time/time-zone-picker";
import { useTimeZone } from "@/components/time/use-time-zone";
import { StaleNotice } from "@/components/ui/stale-notice";
import type { BookingParams } from "@/lib/booking/booking-params";
import { addMonths, bookableMonths, monthOfDate, monthToShow } from "@/lib/booking/month";
import { daysOfMonth } from "@/lib/booking/month-availability";
import { dayToShow, requestedDayNote } from "@/lib/booking/requested-day";
import { todayInZone } from "@/lib/time/zoned";
import { EmptyMonth } from "./empty-month";
import { FirstAvailableButton } from "./first-available-button";
import { RequestedDayNote } from "./requested-day-note";
import { HourCycleToggle } from "@/components/time/hour-cycle-toggle";
import { LocationTimeNote } from "./location-time-note";
import { MonthCalendar } from "./month-calendar";
import { monthAvailabilityQuery } from "./month-availability-query";
import { SlotPicker } from "./slot-picker";
import { SlotsSkeleton } from "./slots-skeleton";
import { useBookingUrl } from "./use-booking-url";
import { useHourCycle } from "@/components/time/use-hour-cycle";
import { useMonthAvailability, type FirstMonth } from "./use-month-availability";
import { useNow } from "./use-now";

interface DateTimeStepProps {
  params: BookingParams;
  locationTitle: string;
  bookingWindowDays: number | null;
  firstMonth: FirstMonth | null;
  /** The server's clock when it rendered: "today" until the browser's takes over after hydration. */
  serverNow: string;
  /** The zone this browser used last time (cookie), if any. */
  savedTimeZone: string | null;
}

export function DateTimeStep({
  params,
  locationTitle,
  bookingWindowDays,
  firstMonth,
  serverNow,
  savedTimeZone,
}: DateTimeStepProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // The server renders in the best zone it knows; the browser's own takes over after hydration.
  const serverZone =
    savedTimeZone ?? (firstMonth && "data" in firstMonth ? firstMonth.data.locationTimeZone : null) ?? "UTC";
  const [timeZone, chooseTimeZone] = useTimeZone(serverZone);
  const now = useNow(serverNow);
  const [hourCycle, setHourCycle] = useHourCycle();
  const url = useBookingUrl(params);
  const searchParams = useSearchParams();
  const zoneField = useRef<HTMLInputElement>(null);

  const today = todayInZone(timeZone, new Date(now));
  const months = bookableMonths(today, bookingWindowDays);
  const month = monthToShow(url.current, months);
  const input = monthInputOf(params, month);
  const availability = useMonthAvailability(input, firstMonth);
  const { data } = availability;
  const days = useMemo(() => (data ? daysOfMonth(data, timeZone) : null), [data, timeZone]);
  const availableDates = useMemo(() => (days ? new Set(days.map((day) => day.date)) : null), [days]);
  const shownDate = days
    ? dayToShow(
        url.current.date,
        days.map((day) => day.date),
      )
    : null;
  const selectedDay = days?.find((day) => day.date === shownDate) ?? null;
  const dayNote = requestedDayNote({
    raw: searchParams.get("date"),
    requested: url.current.date,
    today,
    shown: shownDate,
  });

  // Read alongside this month, so "Next month" shows its times at once; not while reads are failing.
  const nextMonth = addMonths(month, 1);
  const prefetchKey =
    !availability.isError && nextMonth <= months.last
      ? JSON.stringify(monthInputOf(params, nextMonth))
      : null;
  useEffect(() => {
    if (prefetchKey) void queryClient.prefetchQuery(monthAvailabilityQuery(JSON.parse(prefetchKey)));
  }, [prefetchKey, queryClient]);

  // Sized by the space the step has, not the window: inline on a page, in a popup and full-page alike.
  return (
    <div className="@container space-y-6">
      {data?.locationTimeZone ? (
        <LocationTimeNote
          timeZone={timeZone}
          locationTimeZone={data.locationTimeZone}
          locationTitle={locationTitle}
          at={selectedDay?.starts[0] ?? now}
          onChangeZone={() => zoneField.current?.focus()}
        />
      ) : null}
      {data?.stale ? <StaleNotice message={t("booking.slots.stale")} /> : null}
      {dayNote ? <RequestedDayNote note={dayNote} /> : null}
      {days ? (
        <FirstAvailableButton
          input={input}
          shownDate={selectedDay?.date ?? null}
          timeZone={timeZone}
          onJump={(date) => url.replace({ month: monthOfDate(date), date })}
        />
      ) : null}
      <div className="grid gap-6 @xl:grid-cols-2">
        <MonthCalendar
          month={month}
          availableDates={availableDates}
          selectedDate={selectedDay?.date ?? null}
          months={months}
          onSelectDate={(date) => url.replace({ month, date })}
          onChangeMonth={(next) => url.replace({ month: next })}
        />
        <div>
          {selectedDay ? (
            <SlotPicker
              day={selectedDay}
              timeZone={timeZone}
              onChoose={(startsAt) =>
                url.push({ month, date: selectedDay.date, time: startsAt, tz: timeZone })
              }
            />
          ) : days ? (
            <EmptyMonth
              input={{ ...input, timeZone }}
              onJump={(date) => url.replace({ month: monthOfDate(date), date })}
            />
          ) : availability.isError ? (
            <div role="alert" className="space-y-3 rounded-card border border-danger/40 bg-surface p-4">
              <p className="text-danger">{t(availability.errorKey ?? "booking.slots.loadFailed")}</p>
              <button type="button" className={buttonStyles.secondary} onClick={availability.retry}>
                {t("booking.loadFailedRetry")}
              </button>
            </div>
          ) : (
            <SlotsSkeleton retrying={availability.retrying} />
          )}
        </div>
      </div>
      {/* After the times, not above them: on a phone they would push the first slot ~210 px further down. */}
      <div className="grid gap-4 @md:grid-cols-[1fr_auto] @md:items-end">
        <TimeZonePicker
          value={timeZone}
          onChange={chooseTimeZone}
          locationZones={data?.locationTimeZone ? [data.locationTimeZone] : []}
          inputRef={zoneField}
        />
        <HourCycleToggle value={hourCycle} onChange={setHourCycle} />
      </div>
    </div>
  );
}
