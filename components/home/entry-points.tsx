import { Link } from "@/components/ui/link";
import { getI18n } from "@/lib/i18n/server";

export async function EntryPoints() {
  const { t } = await getI18n();
  const entries = [
    { href: "/book", title: t("home.bookAppointment"), hint: t("home.bookAppointmentHint") },
    { href: "/classes", title: t("home.classes"), hint: t("home.classesHint") },
  ];
  return (
    <nav aria-label={t("home.entryPoints")}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.href}>
            <Link
              href={entry.href}
              className="block h-full rounded-card border border-line bg-surface p-5 shadow-sm transition hover:border-brand hover:shadow"
            >
              <span className="block text-lg font-semibold text-brand">{entry.title}</span>
              <span className="mt-1 block text-sm text-ink-muted">{entry.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
