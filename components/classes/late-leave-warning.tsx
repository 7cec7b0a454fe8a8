"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDuration } from "@/lib/i18n/format";

/** Said wherever a client may leave a class inside its cancellation cut-off, in the same words. */
export function LateLeaveWarning({
  session,
  className,
}: {
  session: { cancelCutoffMinutes: number | null };
  className: string;
}) {
  const { t, locale } = useI18n();
  return (
    <p className={className}>
      {t("classes.leave.lateWarning", {
        window: formatDuration(session.cancelCutoffMinutes ?? 0, locale, "long"),
      })}
    </p>
  );
}
