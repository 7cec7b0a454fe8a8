import type { Metadata } from "next";
import { ManageLinkOpener } from "@/components/sign-in/manage-link-opener";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // Belt and braces with the Referrer-Policy header from next.config.ts.
  return { title: t("manage.title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function ManagePage() {
  const { t } = await getI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("manage.title")}</h1>
      <ManageLinkOpener />
    </div>
  );
}
