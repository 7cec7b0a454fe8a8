import "server-only";
import { env } from "@/lib/env";
import { createWhautomateHttp, type WhautomateHttp } from "./http";

let instance: WhautomateHttp | undefined;

/** The app's one connection to Whautomate, configured from the environment. */
export function defaultHttp(): WhautomateHttp {
  instance ??= createWhautomateHttp({
    baseUrl: env.WHAUTOMATE_API_URL,
    apiKey: env.WHAUTOMATE_API_KEY,
    timeoutMs: env.WHAUTOMATE_TIMEOUT_MS,
  });
  return instance;
}
