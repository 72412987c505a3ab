'use client';
import type { ReactNode } from 'react';
import {
  Label,
  Radio as AriaRadio,
  RadioGroup as AriaRadioGroup,
  Text,
  type RadioGroupProps,
  type RadioProps,
} from 'react-aria-components';

import { focusRing, tv } from './styles';

/** A list of choices, one per line, each a full-width target. */
export function RadioGroup({
  label,
  description,
  children,
  ...props
}: RadioGroupProps & { label: string; description?: string; children: ReactNode }) {
  return (
    <AriaRadioGroup {...props} className="flex flex-col gap-3">
      <Label className="text-title">{label}</Label>
      {description && (
        <Text slot="description" className="text-body text-ink-soft">
          {description}
        </Text>
      )}
      {children}
    </AriaRadioGroup>
  );
}

const radioStyles = tv({
  extend: focusRing,
  base: 'flex min-h-target w-full items-center gap-4 rounded-xl border-2 px-4 py-2 text-body forced-colors:border-[ButtonText]',
  variants: {
    isSelected: { true: 'border-primary bg-surface font-bold', false: 'border-line bg-paper' },
  },
  defaultVariants: { isSelected: false },
});

export function Radio({ children, ...props }: RadioProps & { children: ReactNode }) {
  return (
    <AriaRadio {...props} className={(rp) => radioStyles(rp)}>
      {({ isSelected }) => (
        <>
          <span
            aria-hidden="true"
            className={`flex size-8 shrink-0 items-center justify-center rounded-full border-2 border-line ${isSelected ? 'bg-primary' : 'bg-paper'}`}
          >
            {isSelected && <span className="size-3 rounded-full bg-paper" />}
          </span>
          {children}
        </>
      )}
    </AriaRadio>
  );
}
