/**
 * The caller's address for per-IP limits: X-Forwarded-For as scripts/server.ts left it (the one address
 * it decided from the connection and TRUSTED_PROXIES), or as Vercel's edge set it. An IPv6 caller counts
 * by its /64, the block one subscriber is given, or it could take a fresh address for every request.
 */
export function clientIp(headers: Headers): string {
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (!address) return "unknown";
  return address.includes(":") ? ipv6Network(address) : address;
}

function ipv6Network(address: string): string {
  const [head = "", tail] = address.toLowerCase().split("::");
  const start = head ? head.split(":") : [];
  const end = tail ? tail.split(":") : [];
  const groups = [...start, ...Array(Math.max(0, 8 - start.length - end.length)).fill("0"), ...end];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
