import { Skeleton } from "@/components/ui/skeleton";
import { WaitNote } from "@/components/ui/wait-note";
import { getI18n } from "@/lib/i18n/server";

export async function BookingsSkeleton() {
  const { t } = await getI18n();
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{t("loading.label")}</span>
      <WaitNote slow={t("loading.slow")} />
      <Skeleton className="h-7 w-40" />
      <Skeleton className="h-32" />
      <Skeleton className="h-32" />
    </div>
  );
}
