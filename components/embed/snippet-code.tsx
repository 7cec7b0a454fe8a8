/** A snippet to copy, wrapped rather than scrolled so every character is visible on a phone. */
export function SnippetCode({ label, code }: { label: string; code: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium text-ink-muted">{label}</figcaption>
      <pre className="whitespace-pre-wrap break-all rounded-control border border-line bg-surface p-3 font-mono text-sm">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
