import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function BookingConfirmationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["booking", "calendar"]}>{children}</ClientMessages>;
}
