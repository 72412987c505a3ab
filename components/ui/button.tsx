'use client';
import {
  Button as AriaButton,
  composeRenderProps,
  type ButtonProps as AriaButtonProps,
} from 'react-aria-components';
import type { VariantProps } from 'tailwind-variants';
import { focusRing, mainAction, tv } from './styles';

export const buttonStyles = tv({
  extend: focusRing,
  base: 'inline-flex min-w-target cursor-default items-center justify-center gap-3 rounded-xl border-2 py-2 text-center font-bold forced-colors:border-[ButtonText]',
  variants: {
    variant: { primary: '', secondary: '', danger: '' },
    size: {
      normal: 'min-h-target px-5 text-body',
      compact: 'min-h-target px-3 text-body',
      main: 'min-h-target-main w-full px-6 text-body',
      key: 'min-h-target-main px-1 text-title', // the send-money keypad
    },
    isDisabled: {
      true: 'border-line bg-surface text-ink-soft forced-colors:text-[GrayText]',
      false: '',
    },
    isPending: { true: 'cursor-progress' },
  },
  // Colours belong to an enabled button only; a disabled one has its own, whatever its variant.
  compoundVariants: [
    {
      isDisabled: false,
      variant: 'primary',
      class: 'border-primary bg-primary text-paper hover:bg-primary-strong',
    },
    {
      isDisabled: false,
      variant: 'secondary',
      class: 'border-line bg-paper text-ink hover:bg-surface',
    },
    {
      isDisabled: false,
      variant: 'danger',
      class: 'border-danger bg-paper text-danger hover:bg-danger-surface',
    },
  ],
  defaultVariants: { variant: 'primary', size: 'normal', isDisabled: false },
});

export interface ButtonProps extends AriaButtonProps, VariantProps<typeof buttonStyles> {}

/** Every clickable action. `size="main"` is a 64px-tall main action in care mode. */
export function Button({ variant, size, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...(size === 'main' ? mainAction : {})}
      {...props}
      className={composeRenderProps(props.className, (className, renderProps) =>
        buttonStyles({ ...renderProps, variant, size, className }),
      )}
    />
  );
}
