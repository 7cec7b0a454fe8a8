import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { NavLinks } from "./nav-links";

export async function SiteHeader({ businessName }: { businessName: string }) {
  const { t } = await getI18n();
  const links = [
    { href: "/book", label: t("nav.book") },
    { href: "/classes", label: t("nav.classes") },
    { href: "/bookings", label: t("nav.myBookings") },
  ];
  return (
    <header className="border-b border-line bg-surface">
      {/* On a phone: the name and the language on one line, the pages under them; one line when wider. */}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 px-4 py-1 sm:px-6 sm:py-2 [body:has([data-page-width=timetable])_&]:lg:max-w-[calc(76rem+3rem)] [body:has([data-page-width=booker])_&]:lg:max-w-[calc(64rem+3rem)]">
        <Link href="/" className="py-2 text-lg font-semibold tracking-tight text-ink">
          {businessName}
        </Link>
        <div className="sm:order-last">
          <Suspense fallback={null}>
            <LanguageSwitcher offered={env.LOCALES} />
          </Suspense>
        </div>
        <div className="-ms-3 w-full sm:ms-auto sm:w-auto">
          <NavLinks label={t("nav.label")} links={links} />
        </div>
      </div>
    </header>
  );
}
