import { Link } from "@/components/ui/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="text-ink-muted">{t("notFound.body")}</p>
      <Link href="/" className="font-medium text-brand underline">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
