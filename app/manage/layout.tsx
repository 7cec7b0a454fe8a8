import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ManageLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["manage", "bookings.signedOut"]}>{children}</ClientMessages>;
}
