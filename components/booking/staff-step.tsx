import type { BookingParams } from "@/lib/booking/booking-params";
import { ANY_STAFF } from "@/lib/booking/types";
import { getI18n } from "@/lib/i18n/server";
import type { StaffMember } from "@/lib/whautomate/types";
import { BookingLink } from "./booking-link";
import { NextFreeTime } from "./next-free-time";
import { choiceLinkStyles } from "./choice-styles";

export async function StaffStep({
  params,
  staff,
  serverNow,
}: {
  params: BookingParams;
  staff: StaffMember[];
  serverNow: string;
}) {
  const { t } = await getI18n();
  if (staff.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-ink-muted">{t("booking.staffEmpty")}</p>
        <BookingLink base={params} changes={{ service: null }} className="font-medium text-brand underline">
          {t("booking.summary.changeService")}
        </BookingLink>
      </div>
    );
  }
  const nextFreeInput = {
    locationId: params.location ?? "",
    serviceId: params.service ?? "",
    addOns: params.addOns ?? "",
  };
  return (
    <ul className="space-y-3">
      <li>
        <BookingLink base={params} changes={{ staff: ANY_STAFF }} className={choiceLinkStyles}>
          <span>
            <span className="block font-medium text-ink">{t("booking.anyStaff")}</span>
            <span className="block text-sm text-ink-muted">{t("booking.anyStaffHint")}</span>
            <NextFreeTime input={nextFreeInput} cardId={ANY_STAFF} serverNow={serverNow} />
          </span>
        </BookingLink>
      </li>
      {staff.map((member) => (
        <li key={member.id}>
          <BookingLink base={params} changes={{ staff: member.id }} className={choiceLinkStyles}>
            <span>
              <span className="block font-medium text-ink">{member.name}</span>
              {member.description ? (
                <span className="block text-sm text-ink-muted">{member.description}</span>
              ) : null}
              <NextFreeTime input={nextFreeInput} cardId={member.id} serverNow={serverNow} />
            </span>
          </BookingLink>
        </li>
      ))}
    </ul>
  );
}
