'use client';
import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, type CheckboxProps } from 'react-aria-components';

import { focusRing, tv } from './styles';

const checkboxStyles = tv({
  extend: focusRing,
  base: 'flex min-h-target w-full items-center gap-4 rounded-xl border-2 px-4 py-2 text-body forced-colors:border-[ButtonText]',
  variants: {
    isSelected: { true: 'bg-surface font-bold', false: 'bg-paper' },
    isInvalid: { true: 'border-danger', false: '' },
  },
  compoundVariants: [
    { isInvalid: false, isSelected: true, class: 'border-primary' },
    { isInvalid: false, isSelected: false, class: 'border-line' },
  ],
  defaultVariants: { isSelected: false, isInvalid: false },
});

/** A tick box the whole width of the line; ticked is shown by a tick mark, not colour alone. */
export function Checkbox({ children, ...props }: CheckboxProps & { children: ReactNode }) {
  return (
    <AriaCheckbox {...props} className={(rp) => checkboxStyles(rp)}>
      {({ isSelected }) => (
        <>
          <span
            aria-hidden="true"
            className={`flex size-8 shrink-0 items-center justify-center rounded-md border-2 border-line font-bold forced-colors:border-[ButtonText] ${isSelected ? 'bg-primary text-paper' : 'bg-paper'}`}
          >
            {isSelected ? '✓' : ''}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}
