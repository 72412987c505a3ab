'use client';
import { Link as AriaLink } from 'react-aria-components';
import { focusRing, mainAction, tv } from '@/components/ui/styles';

const contactStyles = tv({
  extend: focusRing,
  base: 'flex min-h-target-main w-full items-center gap-4 rounded-2xl border-2 border-line bg-paper p-4 text-ink no-underline hover:bg-surface forced-colors:border-[ButtonText]',
});

/** One person to send money to: a round initial (decoration) and the name and relation in words. */
export function ContactLink({ href, name, label }: { href: string; name: string; label: string }) {
  return (
    <AriaLink {...mainAction} href={href} className={(rp) => contactStyles(rp)}>
      <span
        aria-hidden="true"
        className="flex size-16 shrink-0 items-center justify-center rounded-full border-2 border-line bg-surface text-title font-bold forced-colors:border-[ButtonText]"
      >
        {[...name.trim()][0] ?? '?'}
      </span>
      <span className="text-title">{label}</span>
    </AriaLink>
  );
}
