import { Skeleton } from "@/components/ui/skeleton";
import { WaitNote } from "@/components/ui/wait-note";
import { getI18n } from "@/lib/i18n/server";

/** The booking page while it waits on Whautomate for longer than a moment. */
export async function BookingSkeleton() {
  const { t } = await getI18n();
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">{t("loading.label")}</span>
      <WaitNote slow={t("loading.slow")} />
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-20" />
      <Skeleton className="h-14" />
      <Skeleton className="h-14" />
      <Skeleton className="h-14" />
    </div>
  );
}
