"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { groupStartsByPartOfDay } from "@/lib/booking/slot-groups";
import type { BookableDay } from "@/lib/booking/types";
import { useTimeFormat } from "@/components/time/use-time-format";

/** The chosen day's free times, as buttons grouped into morning, afternoon and evening. */
export function SlotPicker({
  day,
  timeZone,
  onChoose,
}: {
  day: BookableDay;
  timeZone: string;
  onChoose: (startsAt: string) => void;
}) {
  const { t } = useI18n();
  const format = useTimeFormat(timeZone);
  const dateName = format.wallDate(day.date);
  const groups = groupStartsByPartOfDay(day.starts, timeZone);
  return (
    <section aria-labelledby="slots-heading" className="space-y-4">
      <h3 id="slots-heading" className="text-lg font-semibold">
        {t("booking.slots.heading", { date: dateName })}
      </h3>
      <p role="status" className="sr-only">
        {t("booking.slots.count", { count: day.starts.length, date: dateName })}
      </p>
      {groups.map((group) => (
        <div key={group.part} role="group" aria-labelledby={`slots-${group.part}`} className="space-y-2">
          <h4 id={`slots-${group.part}`} className="text-sm font-medium text-ink-muted">
            {t(`booking.slots.${group.part}`)}
          </h4>
          <ul className="grid grid-cols-3 gap-2">
            {group.starts.map((startsAt) => {
              const time = format.time(startsAt);
              return (
                <li key={startsAt}>
                  <button
                    type="button"
                    onClick={() => onChoose(startsAt)}
                    aria-label={t("booking.slots.choose", { time })}
                    className="min-h-11 w-full rounded-control border border-brand bg-surface whitespace-nowrap px-2 py-2 font-medium text-brand tabular-nums hover:bg-brand hover:text-brand-contrast"
                  >
                    {time}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
