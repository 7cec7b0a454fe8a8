import type { Metadata } from "next";
import { EmbedDemo } from "@/components/embed/embed-demo";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("embed.demo.metaTitle") };
}

export default function EmbedDemoPage() {
  return <EmbedDemo />;
}
