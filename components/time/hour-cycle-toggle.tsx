"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { HourCycle } from "./use-hour-cycle";

export function HourCycleToggle({
  value,
  onChange,
}: {
  value: HourCycle;
  onChange: (cycle: HourCycle) => void;
}) {
  const { t } = useI18n();
  const options: HourCycle[] = ["h12", "h24"];
  return (
    <div role="group" aria-labelledby="hour-cycle-label" className="flex items-center gap-2">
      <span id="hour-cycle-label" className="font-medium">
        {t("booking.hourCycle.label")}
      </span>
      <div className="inline-flex rounded-control border border-line bg-surface p-0.5">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={value === option}
            onClick={() => onChange(option)}
            className="min-h-10 rounded-control px-3 text-sm font-medium aria-pressed:bg-brand aria-pressed:text-brand-contrast"
          >
            {t(`booking.hourCycle.${option}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
