"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

export function SpotsLeft({ session }: { session: { spotsLeft: number; capacity: number } }) {
  const { t } = useI18n();
  if (session.spotsLeft <= 0) return <>{t("classes.classFull")}</>;
  return <>{t("classes.spotsLeft", { count: session.spotsLeft, capacity: session.capacity })}</>;
}
