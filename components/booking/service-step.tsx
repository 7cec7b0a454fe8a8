import type { BookingParams } from "@/lib/booking/booking-params";
import { groupServicesByCategory } from "@/lib/booking/service-groups";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import type { Service, ServiceCategory } from "@/lib/whautomate/types";
import { BookingLink } from "./booking-link";
import { serviceFacts } from "@/lib/booking/service-facts";
import { NextFreeTime } from "./next-free-time";
import { choiceLinkStyles } from "./choice-styles";

export async function ServiceStep({
  params,
  services,
  categories,
  serverNow,
}: {
  params: BookingParams;
  services: Service[];
  categories: ServiceCategory[];
  serverNow: string;
}) {
  const { t, locale } = await getI18n();
  if (services.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-ink-muted">{t("booking.servicesEmpty")}</p>
        <BookingLink base={params} changes={{ location: null }} className="font-medium text-brand underline">
          {t("booking.summary.changeLocation")}
        </BookingLink>
      </div>
    );
  }
  const groups = groupServicesByCategory(services, categories);
  const nextFreeInput = { locationId: params.location ?? "" };
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const headingId = `category-${group.id ?? "other"}`;
        return (
          <section key={group.id ?? "other"} aria-labelledby={headingId} className="space-y-3">
            <h3 id={headingId} className="text-lg font-semibold">
              {group.name ?? t("booking.otherServices")}
            </h3>
            <ul className="space-y-3">
              {group.services.map((service) => (
                <li key={service.id}>
                  <BookingLink base={params} changes={{ service: service.id }} className={choiceLinkStyles}>
                    <span className="min-w-0 flex-1">
                      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                        <span className="font-medium text-ink">{service.name}</span>
                        <span className="text-sm text-ink-muted">
                          {serviceFacts(service, t, locale, env.BUSINESS_CURRENCY)}
                        </span>
                      </span>
                      {service.description ? (
                        <span className="mt-1 block text-sm text-ink-muted">{service.description}</span>
                      ) : null}
                      <NextFreeTime input={nextFreeInput} cardId={service.id} serverNow={serverNow} />
                    </span>
                  </BookingLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
