// The load balancer of a busy deployment, small enough to read: each request goes to the next
// instance in turn, the client's address is appended to X-Forwarded-For (TRUSTED_PROXIES believes
// it), and the answer says which instance served it in `x-served-by`. A request that names an
// instance in `x-instance` goes only there, so a spec can split one journey between instances.
import { once } from "node:events";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";

export type InstanceName = "a" | "b";

export async function startRoundRobinProxy(
  port: number,
  instances: Record<InstanceName, number>,
): Promise<Server> {
  const names = Object.keys(instances) as InstanceName[];
  let turn = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const pinned = names.find((name) => name === req.headers["x-instance"]);
    const first = turn++ % names.length;
    const order = pinned ? [pinned] : [...names.slice(first), ...names.slice(0, first)];
    const headers: IncomingHttpHeaders = {
      ...req.headers,
      "x-forwarded-for": [req.headers["x-forwarded-for"], req.socket.remoteAddress]
        .filter(Boolean)
        .join(", "),
      "x-forwarded-host": req.headers.host,
      "x-forwarded-proto": "http",
    };
    delete headers["x-instance"];
    const forward = (index: number) => {
      const name = order[index]!;
      const upstream = request(
        {
          host: "127.0.0.1",
          port: instances[name],
          method: req.method,
          path: req.url,
          headers,
          agent: false,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": name });
          answer.pipe(res);
        },
      );
      // A refused connection reached no instance, so the next one may take the request: this is
      // how a stopped instance drops out of the rotation. Anything later may have been served.
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" && index + 1 < order.length) return forward(index + 1);
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(Buffer.concat(chunks));
    };
    forward(0);
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return server;
}
