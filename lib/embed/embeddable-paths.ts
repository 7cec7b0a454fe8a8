// The customer pages a business may show in a frame on its own site. Everything else (API routes,
// the embed demo, unknown paths) refuses every frame.
const embeddableSections = ["/book", "/classes", "/bookings", "/sign-in", "/manage"];

export function isEmbeddablePath(pathname: string): boolean {
  return (
    pathname === "/" ||
    embeddableSections.some((section) => pathname === section || pathname.startsWith(`${section}/`))
  );
}
