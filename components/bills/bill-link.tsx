'use client';
import { Link as AriaLink } from 'react-aria-components';
import { focusRing, mainAction, tv } from '@/components/ui/styles';

const styles = tv({
  extend: focusRing,
  base: 'flex min-h-target-main w-full flex-col rounded-2xl border-2 border-line bg-paper p-4 text-ink no-underline hover:bg-surface forced-colors:border-[ButtonText]',
});

/** One due bill as a large link to its review page: what and to whom, then how much and by when. */
export function BillLink({ href, what, when }: { href: string; what: string; when: string }) {
  return (
    <AriaLink {...mainAction} href={href} className={(rp) => styles(rp)}>
      <span className="text-body font-bold">{what}</span> <span className="text-body">{when}</span>
    </AriaLink>
  );
}
