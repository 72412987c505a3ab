'use client';
import type { ReactNode } from 'react';
import { Link as AriaLink } from 'react-aria-components';
import { buttonStyles } from '@/components/ui/button';
import { mainAction } from '@/components/ui/styles';

/** A link that looks like a main action button (64px tall in care mode), e.g. "Back to home". */
export function ActionLink({
  href,
  variant = 'primary',
  children,
}: {
  href: string;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  return (
    <AriaLink
      {...mainAction}
      href={href}
      className={(rp) => buttonStyles({ ...rp, variant, size: 'main', className: 'no-underline' })}
    >
      {children}
    </AriaLink>
  );
}
