import { BlockList, isIP } from "node:net";
import type { IncomingHttpHeaders } from "node:http";
import type { TrustedProxies } from "./trusted-proxies";

/** What the app may believe about a request's client: its address, and the host and scheme it asked for. */
export interface Forwarding {
  clientAddress: string;
  /** Only from a trusted proxy; otherwise Next falls back to the Host header. */
  host: string | null;
  proto: "http" | "https" | null;
  port: string | null;
}

// Every header through which a client could name its own address or host.
const forwardedHeaderNames = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

function fromMappedHex(high: string, low: string): string {
  const word = (parseInt(high, 16) << 16) | parseInt(low, 16);
  return [24, 16, 8, 0].map((shift) => (word >>> shift) & 255).join(".");
}

/** One spelling per address (ports, brackets and IPv4-mapped IPv6 removed), or null for anything else. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  let canonical: string;
  try {
    canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  return mapped ? fromMappedHex(mapped[1]!, mapped[2]!) : canonical;
}

function single(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || value.includes(",")) return null;
  return value.trim();
}

const hostPattern =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function trustedHost(value: string | string[] | undefined): string | null {
  const host = single(value);
  return host && hostPattern.test(host) ? host : null;
}

function trustedProto(value: string | string[] | undefined): "http" | "https" | null {
  const proto = single(value)?.toLowerCase();
  return proto === "http" || proto === "https" ? proto : null;
}

/**
 * Decides, from the connection's peer and the forwarded headers, what the app may believe. Proxies
 * append the address they saw to X-Forwarded-For, so the chain is read from the right: every trusted
 * proxy is stepped over, and the first address that is not one is the client. Whatever a client wrote
 * further left is never reached. Without trusted proxies the peer is the client.
 */
export function forwardingPolicy(trust: TrustedProxies) {
  const ranges = new BlockList();
  if (trust.kind === "addresses") {
    for (const entry of trust.entries) {
      const [address, prefix] = entry.split("/") as [string, string | undefined];
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) ranges.addAddress(address, family);
      else ranges.addSubnet(address, Number(prefix), family);
    }
  }
  const isTrusted = (address: string, depth: number) =>
    trust.kind === "hops"
      ? depth < trust.hops
      : trust.kind === "addresses" && ranges.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

  return function decide(peer: string | undefined, headers: IncomingHttpHeaders): Forwarding {
    const peerAddress = normaliseAddress(peer ?? "") ?? "unknown";
    if (!isTrusted(peerAddress, 0)) {
      return { clientAddress: peerAddress, host: null, proto: null, port: null };
    }
    const forwardedFor = [headers["x-forwarded-for"] ?? []].flat().join(",");
    const chain = forwardedFor
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map(normaliseAddress);
    const hops = [...chain, peerAddress];
    let clientAddress = peerAddress;
    for (let index = hops.length - 1, depth = 0; index >= 0; index -= 1, depth += 1) {
      const hop = hops[index];
      // A trusted proxy writes addresses; anything else stops the walk at the last one it did write.
      if (hop === null || hop === undefined) break;
      clientAddress = hop;
      if (!isTrusted(hop, depth)) break;
    }
    const port = single(headers["x-forwarded-port"]);
    return {
      clientAddress,
      host: trustedHost(headers["x-forwarded-host"]),
      proto: trustedProto(headers["x-forwarded-proto"]),
      port: port && /^\d{1,5}$/.test(port) ? port : null,
    };
  };
}

/** Replaces every forwarded header with what was decided, so Next and the app read nothing else. */
export function rewriteForwardedHeaders(headers: IncomingHttpHeaders, forwarding: Forwarding): void {
  for (const name of forwardedHeaderNames) delete headers[name];
  headers["x-forwarded-for"] = forwarding.clientAddress;
  if (forwarding.host) headers["x-forwarded-host"] = forwarding.host;
  if (forwarding.proto) headers["x-forwarded-proto"] = forwarding.proto;
  if (forwarding.port) headers["x-forwarded-port"] = forwarding.port;
}
