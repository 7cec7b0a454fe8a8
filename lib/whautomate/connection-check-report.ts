// What `npm run check` found, and how it is printed.

/** `blocker`: the portal cannot work; `problem`: part of it will not; `ok`/`note`: fine. */
export type FindingLevel = "ok" | "note" | "problem" | "blocker";

export interface Finding {
  level: FindingLevel;
  text: string;
}

export interface ConnectionCheckReport {
  baseUrl: string;
  findings: Finding[];
  /** How answers differ from the documented shapes; the portal copes with each. */
  drift: string[];
  requestsUsed: number;
  maxRequests: number;
  works: boolean;
}

const MARKS: Record<FindingLevel, string> = { ok: "✓", note: "·", problem: "!", blocker: "✗" };

/** The report as plain text; the key never appears in it, even where an upstream message echoed it. */
export function formatConnectionCheck(report: ConnectionCheckReport, apiKey: string): string {
  const lines = [
    `Whautomate connection check: ${report.baseUrl}`,
    ...report.findings.map((finding) => `${MARKS[finding.level]} ${finding.text}`),
  ];
  if (report.drift.length > 0) {
    lines.push("Answers that differ from the documented ones (the portal copes with each):");
    lines.push(...report.drift.map((line) => `~ ${line}`));
  }
  lines.push(`Requests used: ${report.requestsUsed} of ${report.maxRequests} (all GET, nothing written)`);
  lines.push(
    report.works
      ? "Result: the portal can work with this account."
      : "Result: the portal cannot work with this account until the ✗ lines are fixed.",
  );
  const text = lines.join("\n");
  return apiKey.length > 0 ? text.replaceAll(apiKey, "[API key]") : text;
}
