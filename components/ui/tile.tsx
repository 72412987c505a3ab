'use client';
import type { ReactNode } from 'react';
import { Link as AriaLink } from 'react-aria-components';

import { focusRing, mainAction, tv } from './styles';

const tileStyles = tv({
  extend: focusRing,
  base: 'flex h-full min-h-target-main w-full items-center gap-4 rounded-2xl border-2 border-line bg-paper p-5 text-ink no-underline hover:bg-surface forced-colors:border-[ButtonText]',
});

/** A large home-screen tile: an icon, a title and a one-line hint, the whole tile one target. */
export function Tile({
  href,
  icon,
  title,
  hint,
}: {
  href: string;
  icon: ReactNode;
  title: string;
  hint?: string;
}) {
  return (
    <AriaLink {...mainAction} href={href} className={(rp) => tileStyles(rp)}>
      <span
        aria-hidden="true"
        className="flex size-target shrink-0 items-center justify-center text-title"
      >
        {icon}
      </span>
      <span className="flex flex-col">
        <span className="text-title">{title}</span>
        {hint && <span className="text-body text-ink-soft">{hint}</span>}
      </span>
    </AriaLink>
  );
}
