"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { failureKey } from "@/lib/actions/failure-key";
import { formatMonth, formatWallDate } from "@/lib/i18n/format";
import type { NextAvailableInput } from "./availability-input";
import { availabilityRefusals } from "./month-availability-query";
import { useNextAvailableDate } from "./use-next-available-date";

/** A month without free times says so and offers the next day that has some. */
export function EmptyMonth({ input, onJump }: { input: NextAvailableInput; onJump: (date: string) => void }) {
  const { t, locale } = useI18n();
  const next = useNextAvailableDate(input);
  return (
    <div className="space-y-3 rounded-card border border-line bg-surface p-4">
      <p className="font-medium">
        {t("booking.calendar.emptyMonth", { month: formatMonth(input.month, locale) })}
      </p>
      <div aria-live="polite">
        {next.isPending ? (
          <p role="status" className="text-sm text-ink-muted">
            {t("booking.calendar.searching")}
          </p>
        ) : next.isError ? (
          <div className="space-y-2">
            <p className="text-danger">
              {t(failureKey(next.error, availabilityRefusals, "booking.slots.loadFailed") ?? "error.generic")}
            </p>
            <button type="button" className={buttonStyles.secondary} onClick={() => void next.refetch()}>
              {t("booking.loadFailedRetry")}
            </button>
          </div>
        ) : next.data ? (
          <button type="button" className={buttonStyles.primary} onClick={() => onJump(next.data!)}>
            {t("booking.calendar.jumpTo", { date: formatWallDate(next.data, locale) })}
          </button>
        ) : (
          <p className="text-ink-muted">{t("booking.calendar.nothingSoon")}</p>
        )}
      </div>
    </div>
  );
}
