import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function BookLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["booking", "timeZone", "form"]}>{children}</ClientMessages>;
}
