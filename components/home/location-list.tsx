import { ContactLinks } from "@/components/ui/contact-links";
import { ErrorPanel } from "@/components/ui/error-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { StaleNotice } from "@/components/ui/stale-notice";
import { getI18n } from "@/lib/i18n/server";
import { businessPhone } from "@/lib/contact/business-phone";
import { userMessageKey } from "@/lib/errors/user-message";
import { cachedListLocations } from "@/lib/upstream-cache/cached-reads";

export async function LocationList() {
  const { t } = await getI18n();
  const result = await cachedListLocations().then(
    ({ value: locations, stale }) => ({ ok: true as const, locations, stale }),
    (error: unknown) => ({ ok: false as const, messageKey: userMessageKey(error) }),
  );

  return (
    <section aria-labelledby="locations-title" className="space-y-3">
      <h2 id="locations-title" className="text-lg font-semibold">
        {t("home.locationsHeading")}
      </h2>
      {!result.ok ? (
        <ErrorPanel message={t(result.messageKey)} retryHref="/" retryLabel={t("error.retry")} />
      ) : result.stale ? (
        <StaleNotice message={t("error.staleData")} />
      ) : null}
      {result.ok && result.locations.length === 0 ? (
        <p className="text-ink-muted">{t("home.locationsEmpty")}</p>
      ) : result.ok ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {result.locations.map((location) => (
            <li key={location.id} className="rounded-card border border-line bg-surface p-4">
              <p className="font-medium">{location.title}</p>
              {location.address ? <p className="text-sm text-ink-muted">{location.address}</p> : null}
              <ContactLinks phone={businessPhone(location.phone)} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export async function LocationListSkeleton() {
  const { t } = await getI18n();
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{t("loading.label")}</span>
      <Skeleton className="h-6 w-40" />
      <div className="grid gap-3 sm:grid-cols-2">
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
      </div>
    </div>
  );
}
