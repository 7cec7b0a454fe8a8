import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PhoneCountries } from "@/components/forms/phone-countries";
import { ErrorPanel } from "@/components/ui/error-panel";
import { classIdSchema } from "@/lib/classes/schemas";
import { readLocationContacts } from "@/lib/contact/location-contacts";
import { phoneCountryFor } from "@/lib/contact/phone-country";
import { env } from "@/lib/env";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { readSession } from "@/lib/session/session-cookie";
import { SAVED_TIME_ZONE_COOKIE, savedTimeZone } from "@/lib/time/saved-time-zone";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";
import { ClassDetailView } from "./class-detail-view";
import { classKeys } from "./keys";
import { classVisitorOf, loadClassDetail } from "./server/class-detail";

type Loaded =
  { ok: true; detail: Awaited<ReturnType<typeof loadClassDetail>> } | { ok: false; error: unknown };

/** Shared by the page and its metadata, so one request reads the class once. */
export const loadClassForPage = cache(async (classId: string): Promise<Loaded | null> => {
  if (!classIdSchema.safeParse(classId).success) return null;
  const session = await readSession();
  try {
    return { ok: true, detail: await loadClassDetail(classId, classVisitorOf(session, classId)) };
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) return null;
    return { ok: false, error };
  }
});

export async function ClassPage({ classId, tz }: { classId: string; tz: string | null }) {
  const loaded = await loadClassForPage(classId);
  if (!loaded) notFound();
  const { t } = await getI18n();
  if (!loaded.ok) {
    const retry = `/classes/${encodeURIComponent(classId)}${tz ? `?tz=${encodeURIComponent(tz)}` : ""}`;
    return (
      <ErrorPanel message={t(userMessageKey(loaded.error))} retryHref={retry} retryLabel={t("error.retry")} />
    );
  }
  const { location } = loaded.detail.session;
  const [defaultCountry, contacts] = await Promise.all([
    phoneCountryFor(location.id),
    readLocationContacts(),
  ]);
  return (
    <PhoneCountries>
      <ClassDetailView
        initialDetail={{
          queryKey: classKeys.detail(classId),
          data: loaded.detail,
          readAt: loaded.detail.checkedAt,
        }}
        defaultCountry={defaultCountry}
        contact={contacts[location.id] ?? null}
        currency={env.BUSINESS_CURRENCY}
        savedTimeZone={savedTimeZone((await cookies()).get(SAVED_TIME_ZONE_COOKIE)?.value)}
      />
    </PhoneCountries>
  );
}
