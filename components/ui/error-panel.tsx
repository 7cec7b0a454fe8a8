import { Link } from "@/components/ui/link";

/** A failed read, said in plain words, with the one thing the visitor can do about it. */
export function ErrorPanel({
  message,
  retryHref,
  retryLabel,
}: {
  message: string;
  retryHref?: string;
  retryLabel?: string;
}) {
  return (
    <div role="alert" className="rounded-card border border-danger/40 bg-surface p-4">
      <p className="text-danger">{message}</p>
      {retryHref && retryLabel ? (
        <Link href={retryHref} className="mt-2 inline-block font-medium text-brand underline">
          {retryLabel}
        </Link>
      ) : null}
    </div>
  );
}
