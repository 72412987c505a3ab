'use client';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';

import { focusRing, tv } from './styles';

const trigger = tv({
  extend: focusRing,
  base: 'flex min-h-target w-full items-center gap-3 rounded-lg px-2 text-left text-body font-bold text-primary underline decoration-2 underline-offset-4 forced-colors:text-[LinkText]',
});

/**
 * "What does this mean?": a plain explanation one tap away, opened in place, never a pop-up.
 * `level` keeps the page's heading order (under an h2 by default; 2 right under the h1).
 */
export function Explain({
  question,
  answer,
  level = 3,
  defaultExpanded,
}: {
  question: string;
  answer: string;
  level?: 2 | 3 | 4;
  /** Open from the start (e.g. the term the voice assistant was asked about). */
  defaultExpanded?: boolean;
}) {
  return (
    <Disclosure className="rounded-xl border-2 border-line p-3" defaultExpanded={defaultExpanded}>
      {({ isExpanded }) => (
        <>
          <Heading level={level} className="text-body">
            <Button slot="trigger" className={(rp) => trigger(rp)}>
              <span aria-hidden="true">{isExpanded ? '−' : '?'}</span>
              {question}
            </Button>
          </Heading>
          <DisclosurePanel>
            <p className="px-2 pt-2">{answer}</p>
          </DisclosurePanel>
        </>
      )}
    </Disclosure>
  );
}
