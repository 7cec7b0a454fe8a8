import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getI18n } from "@/lib/i18n/server";

/** What /bookings shows on a device with no session: the way in, and why it asks for a code. */
export async function SignedOutPanel() {
  const { t } = await getI18n();
  return (
    <section
      aria-labelledby="signed-out-title"
      className="space-y-3 rounded-card border border-line bg-surface p-5"
    >
      <h2 id="signed-out-title" className="text-xl font-semibold">
        {t("bookings.signedOut.title")}
      </h2>
      <p>{t("bookings.signedOut.body")}</p>
      <Link href="/sign-in" className={buttonStyles.primary}>
        {t("bookings.signedOut.action")}
      </Link>
      <p className="text-sm text-ink-muted">{t("bookings.signedOut.linkHint")}</p>
    </section>
  );
}
