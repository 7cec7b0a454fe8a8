import type { Metadata } from "next";
import { EmbedDemo } from "@/components/embed/embed-demo";
import { isLocale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("embed.demo.metaTitle") };
}

export default async function EmbedDemoPage({
  searchParams,
}: {
  searchParams: Promise<{ frameLang?: string }>;
}) {
  const { frameLang } = await searchParams;
  return <EmbedDemo frameLang={frameLang && isLocale(frameLang) ? frameLang : null} />;
}
