import { Suspense } from "react";
import { LocationList, LocationListSkeleton } from "@/components/home/location-list";
import { EntryPoints } from "@/components/home/entry-points";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getI18n();
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-title" className="space-y-2">
        <h1 id="home-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {t("home.title", { business: env.BUSINESS_NAME })}
        </h1>
        <p className="text-ink-muted">{t("home.intro")}</p>
      </section>
      <EntryPoints />
      <Suspense fallback={<LocationListSkeleton />}>
        <LocationList />
      </Suspense>
    </div>
  );
}
