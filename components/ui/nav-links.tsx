"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function NavLinks({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {links.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-control px-3 text-sm font-medium text-ink-muted hover:text-ink aria-[current=page]:text-brand aria-[current=page]:underline aria-[current=page]:underline-offset-4"
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
