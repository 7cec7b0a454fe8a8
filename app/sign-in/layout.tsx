import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ClientMessages prefixes={["signIn", "form"]}>{children}</ClientMessages>;
}
