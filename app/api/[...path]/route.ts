// An /api/ path that is not a route answers JSON like the routes do, not the not-found page: the
// proxy, which gives pages their nonce and language, does not run under /api/.
const notFound = () =>
  Response.json({ code: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
