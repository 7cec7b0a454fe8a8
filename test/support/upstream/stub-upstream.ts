// A throwaway HTTP server standing in for Whautomate in unit tests: each test queues the
// answers it wants and reads back what the client sent.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export type StubAnswer =
  { status?: number; json: unknown } | { status: number; text: string } | { hang: true };

export interface StubUpstream {
  baseUrl: string;
  requests: RecordedRequest[];
  answer(...answers: StubAnswer[]): void;
  /** Answers every request that finds the queue empty. */
  answerByDefault(respond: (request: RecordedRequest) => StubAnswer): void;
  reset(): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => resolve(text ? JSON.parse(text) : undefined));
  });
}

function write(response: ServerResponse, answer: StubAnswer): void {
  if ("hang" in answer) return;
  if ("json" in answer) {
    response.writeHead(answer.status ?? 200, { "content-type": "application/json" });
    response.end(JSON.stringify(answer.json));
    return;
  }
  response.writeHead(answer.status, { "content-type": "text/plain" });
  response.end(answer.text);
}

export async function startStubUpstream(): Promise<StubUpstream> {
  const queue: StubAnswer[] = [];
  const requests: RecordedRequest[] = [];
  let fallback: (request: RecordedRequest) => StubAnswer = () => ({ status: 599, text: "no answer queued" });

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? "/", "http://stub");
      const recorded = {
        method: request.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body,
      };
      requests.push(recorded);
      write(response, queue.shift() ?? fallback(recorded));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answer: (...answers) => queue.push(...answers),
    answerByDefault: (respond) => (fallback = respond),
    reset() {
      queue.length = 0;
      requests.length = 0;
      fallback = () => ({ status: 599, text: "no answer queued" });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
