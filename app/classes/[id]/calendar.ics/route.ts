// The calendar entry for the signed-in client's own place in a class (booked or on the waitlist).
import { classVisitorOf, loadClassDetail } from "@/components/classes/server/class-detail";
import { icsResponse } from "@/lib/booking/calendar-event";
import { classEvent } from "@/lib/classes/class-event";
import { classIdSchema } from "@/lib/classes/schemas";
import { getI18n } from "@/lib/i18n/server";
import { readSession } from "@/lib/session/session-cookie";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const visitor = classIdSchema.safeParse(id).success ? classVisitorOf(await readSession(), id) : null;
  if (!visitor) return new Response("Not found", { status: 404 });
  const detail = await loadClassDetail(id, visitor).catch((error: unknown) =>
    error instanceof UpstreamNotFoundError ? null : undefined,
  );
  if (detail === undefined) return new Response("Could not reach the booking system", { status: 503 });
  if (!detail?.participation) return new Response("Not found", { status: 404 });
  const { t } = await getI18n();
  return icsResponse(classEvent(detail.session, detail.participation, detail.online, t), `class-${id}`);
}
