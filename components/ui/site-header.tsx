import Link from "next/link";

export function SiteHeader({ businessName }: { businessName: string }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
          {businessName}
        </Link>
      </div>
    </header>
  );
}
