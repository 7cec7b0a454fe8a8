import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function BookingsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      prefixes={[
        "bookings",
        "booking.reschedule",
        // An appointment's extras and total (addOnsLine).
        "booking.addOns.withTotal",
        "booking.serviceFacts",
        "booking.priceOnRequest",
        "form",
        "calendar",
        "classes.leave",
        "classes.error",
        "classes.calendar",
        "classes.detail.passcode",
        "classes.detail.onlineLocation",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
