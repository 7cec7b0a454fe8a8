import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ClassesLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages prefixes={["classes", "timeZone", "form", "calendar", "bookings.error.signedOut"]}>
      {children}
    </ClientMessages>
  );
}
