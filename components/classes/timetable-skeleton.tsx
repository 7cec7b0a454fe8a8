"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Skeleton } from "@/components/ui/skeleton";
import { WaitNote } from "@/components/ui/wait-note";

/** `retrying`: a read failed (the upstream is busy or down) and is being tried again. */
export function TimetableSkeleton({ retrying = false }: { retrying?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{t("loading.label")}</span>
      <WaitNote slow={t("loading.slow")} retrying={retrying ? t("error.busyRetrying") : null} />
      <div className="grid gap-4 lg:grid-cols-7 lg:gap-2">
        {Array.from({ length: 7 }, (_, day) => (
          <div key={day} className={`space-y-2 ${day > 2 ? "hidden lg:block" : ""}`}>
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-28" />
            <Skeleton className="h-28" />
          </div>
        ))}
      </div>
    </div>
  );
}
