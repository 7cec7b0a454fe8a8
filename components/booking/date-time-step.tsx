"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import type { BookingParams } from "@/lib/booking/booking-params";
import { addMonths, monthOfDate } from "@/lib/booking/month";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { ActionError } from "./action-result";
import type { MonthAvailabilityInput } from "./availability-input";
import { EmptyMonth } from "./empty-month";
import { HourCycleToggle } from "./hour-cycle-toggle";
import { LocationTimeNote } from "./location-time-note";
import { MonthCalendar } from "./month-calendar";
import { monthAvailabilityQuery } from "./month-availability-query";
import { SlotPicker } from "./slot-picker";
import { SlotsSkeleton } from "./slots-skeleton";
import { TimeZonePicker } from "./time-zone-picker";
import { useBookingUrl } from "./use-booking-url";
import { useClientTimeZone } from "./use-client-time-zone";
import { useHourCycle } from "./use-hour-cycle";
import { useIsClient } from "./use-is-client";
import { useMonthAvailability } from "./use-month-availability";

const MAX_MONTHS_WITHOUT_WINDOW = 12;

interface DateTimeStepProps {
  params: BookingParams;
  locationTitle: string;
  bookingWindowDays: number | null;
}

export function DateTimeStep(props: DateTimeStepProps) {
  const [timeZone, chooseTimeZone] = useClientTimeZone();
  const isClient = useIsClient();
  // "Today" is the browser's: server-rendered months would disagree with it across midnight and zones.
  if (!timeZone || !isClient) return <SlotsSkeleton />;
  return <DateTimeChooser {...props} timeZone={timeZone} onChangeTimeZone={chooseTimeZone} />;
}

function DateTimeChooser({
  params,
  locationTitle,
  bookingWindowDays,
  timeZone,
  onChangeTimeZone,
}: DateTimeStepProps & { timeZone: string; onChangeTimeZone: (timeZone: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [hourCycle, setHourCycle] = useHourCycle();
  const url = useBookingUrl(params);

  const today = todayInZone(timeZone);
  const firstMonth = monthOfDate(today);
  const lastMonth = bookingWindowDays
    ? monthOfDate(addDaysToDate(today, bookingWindowDays))
    : addMonths(firstMonth, MAX_MONTHS_WITHOUT_WINDOW);
  const requestedMonth = url.current.month ?? (url.current.date ? monthOfDate(url.current.date) : firstMonth);
  const month =
    requestedMonth < firstMonth ? firstMonth : requestedMonth > lastMonth ? lastMonth : requestedMonth;

  const input: MonthAvailabilityInput = {
    locationId: params.location ?? "",
    serviceId: params.service ?? "",
    staffId: params.staff ?? "",
    month,
    timeZone,
  };
  const availability = useMonthAvailability(input);
  const days = availability.data?.days;
  const availableDates = useMemo(() => new Set(days?.map((day) => day.date)), [days]);
  const selectedDay = days?.find((day) => day.date === url.current.date) ?? days?.[0] ?? null;

  // Prefetched once this month is in, so the two never compete for the server.
  const nextMonth = addMonths(month, 1);
  const prefetchKey =
    availability.isSuccess && nextMonth <= lastMonth ? JSON.stringify({ ...input, month: nextMonth }) : null;
  useEffect(() => {
    if (prefetchKey) void queryClient.prefetchQuery(monthAvailabilityQuery(JSON.parse(prefetchKey)));
  }, [prefetchKey, queryClient]);

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <TimeZonePicker value={timeZone} onChange={onChangeTimeZone} />
        <HourCycleToggle value={hourCycle} onChange={setHourCycle} />
      </div>
      {availability.data?.locationTimeZone ? (
        <LocationTimeNote
          timeZone={timeZone}
          locationTimeZone={availability.data.locationTimeZone}
          locationTitle={locationTitle}
          at={selectedDay?.slots[0]?.startsAt ?? new Date().toISOString()}
        />
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <MonthCalendar
          month={month}
          availableDates={availableDates}
          selectedDate={selectedDay?.date ?? null}
          canGoBack={month > firstMonth}
          canGoForward={month < lastMonth}
          onSelectDate={(date) => url.replace({ month, date })}
          onChangeMonth={(next) => url.replace({ month: next })}
        />
        <div>
          {availability.isPending ? (
            <SlotsSkeleton />
          ) : availability.isError ? (
            <div role="alert" className="space-y-3 rounded-card border border-danger/40 bg-surface p-4">
              <p className="text-danger">
                {availability.error instanceof ActionError
                  ? availability.error.message
                  : t("booking.slots.loadFailed")}
              </p>
              <button
                type="button"
                className={buttonStyles.secondary}
                onClick={() => void availability.refetch()}
              >
                {t("booking.loadFailedRetry")}
              </button>
            </div>
          ) : selectedDay ? (
            <SlotPicker
              day={selectedDay}
              timeZone={timeZone}
              onChoose={(slot) =>
                url.push({ month, date: selectedDay.date, time: slot.startsAt, tz: timeZone })
              }
            />
          ) : (
            <EmptyMonth input={input} onJump={(date) => url.replace({ month: monthOfDate(date), date })} />
          )}
        </div>
      </div>
    </div>
  );
}
