import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function EmbedDemoLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["embed"]}>{children}</ClientMessages>;
}
