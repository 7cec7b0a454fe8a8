import { addOnFacts } from "@/lib/booking/service-facts";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import type { ServiceSummary } from "@/lib/whautomate/types";

/** Each chosen extra with what it adds, as the summary and the confirmation list them. */
export async function AddOnList({ addOns }: { addOns: ServiceSummary[] }) {
  const { t, locale } = await getI18n();
  return (
    <ul>
      {addOns.map((addOn) => (
        <li key={addOn.id}>
          {addOn.name}
          <span className="block text-sm font-normal text-ink-muted">
            {addOnFacts(addOn, t, locale, env.BUSINESS_CURRENCY)}
          </span>
        </li>
      ))}
    </ul>
  );
}
