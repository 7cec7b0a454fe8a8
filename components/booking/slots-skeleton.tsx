"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Skeleton } from "@/components/ui/skeleton";
import { WaitNote } from "@/components/ui/wait-note";

/**
 * Where free times will appear, announced to screen readers while they load. `retrying`: a read
 * failed (the upstream is busy or down) and is being tried again.
 */
export function SlotsSkeleton({ retrying = false }: { retrying?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{t("loading.label")}</span>
      <WaitNote slow={t("loading.slow")} retrying={retrying ? t("error.busyRetrying") : null} />
      <Skeleton className="h-6 w-1/2" />
      <div className="grid grid-cols-3 gap-2">
        {Array.from({ length: 9 }, (_, index) => (
          <Skeleton key={index} className="h-11" />
        ))}
      </div>
    </div>
  );
}
