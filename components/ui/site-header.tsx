import Link from "next/link";
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
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/" className="py-2 text-lg font-semibold tracking-tight text-ink">
          {businessName}
        </Link>
        <div className="flex flex-wrap items-center gap-x-1">
          <NavLinks label={t("nav.label")} links={links} />
          <Suspense fallback={null}>
            <LanguageSwitcher offered={env.LOCALES} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
