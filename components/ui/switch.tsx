'use client';
import { Switch as AriaSwitch, type SwitchProps as AriaSwitchProps } from 'react-aria-components';

import { focusRing, tv } from './styles';

const track = tv({
  extend: focusRing,
  base: 'flex h-10 w-18 shrink-0 items-center rounded-full border-2 border-line px-1 forced-colors:border-[ButtonText]',
  variants: { isSelected: { true: 'bg-primary', false: 'bg-paper' } },
});

/** An on/off switch whose state is also written in words, never colour alone. */
export function Switch({
  label,
  onText,
  offText,
  ...props
}: AriaSwitchProps & { label: string; onText: string; offText: string }) {
  return (
    <AriaSwitch {...props} className="flex min-h-target-main items-center gap-4 text-body">
      {({ isSelected, isFocusVisible }) => (
        <>
          <span className={track({ isSelected, isFocusVisible })}>
            <span
              className={`block size-7 rounded-full border-2 border-line forced-colors:bg-[ButtonText] ${isSelected ? 'translate-x-8 bg-paper' : 'bg-ink-soft'}`}
            />
          </span>
          <span className="flex flex-col">
            <span className="font-bold">{label}</span>
            <span>{isSelected ? onText : offText}</span>
          </span>
        </>
      )}
    </AriaSwitch>
  );
}
