import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading.label")}</span>
      <div className="h-8 w-2/3 animate-pulse rounded-control bg-line/60" />
      <div className="h-24 animate-pulse rounded-card bg-line/40" />
      <div className="h-24 animate-pulse rounded-card bg-line/40" />
    </div>
  );
}
