import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function BookingsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["bookings", "booking.reschedule", "form"]}>{children}</ClientMessages>;
}
