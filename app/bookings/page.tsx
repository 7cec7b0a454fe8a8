import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { BookingsSkeleton } from "@/components/my-bookings/bookings-skeleton";
import { BookingsView } from "@/components/my-bookings/bookings-view";
import { SignOutForm } from "@/components/my-bookings/sign-out-form";
import { SignedOutPanel } from "@/components/my-bookings/signed-out-panel";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { readSession } from "@/lib/session/session-cookie";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("bookings.title") };
}

export default async function BookingsPage() {
  const [{ t }, session] = await Promise.all([getI18n(), readSession()]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("bookings.title")}</h1>
        {session ? (
          <p className="text-ink-muted">{t("bookings.intro", { business: env.BUSINESS_NAME })}</p>
        ) : null}
      </div>
      {session && !session.verified ? (
        <p className="rounded-card border border-line bg-surface p-4">
          {t("bookings.partialView")}{" "}
          <Link href="/sign-in" className="font-medium text-brand underline">
            {t("bookings.verifyToSeeAll")}
          </Link>
        </p>
      ) : null}
      {session ? (
        <>
          <Suspense fallback={<BookingsSkeleton />}>
            <BookingsView viewer={session} />
          </Suspense>
          {/* After the bookings: signing out is rarely why anyone came. */}
          <div className="border-t border-line pt-4">
            <SignOutForm />
          </div>
        </>
      ) : (
        <SignedOutPanel />
      )}
    </div>
  );
}
