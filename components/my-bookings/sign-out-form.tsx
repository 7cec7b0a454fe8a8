import { signOutAction } from "@/components/sign-in/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { getI18n } from "@/lib/i18n/server";

/** A plain form, so signing out works before the page's JavaScript has loaded. */
export async function SignOutForm() {
  const { t } = await getI18n();
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonStyles.secondary}>
        {t("bookings.signOut")}
      </button>
    </form>
  );
}
