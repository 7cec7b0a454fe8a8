import type { Metadata } from "next";
import { ClassPage, loadClassForPage } from "@/components/classes/class-page";
import { getI18n } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadClassForPage(id);
  const { t } = await getI18n();
  return { title: loaded?.ok ? loaded.detail.session.name : t("classes.title") };
}

export default async function ClassRoute({ params, searchParams }: Props) {
  const [{ id }, { tz }] = await Promise.all([params, searchParams]);
  return <ClassPage classId={id} tz={typeof tz === "string" ? tz : null} />;
}
