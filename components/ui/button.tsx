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
  base: 'inline-flex min-h-target min-w-target cursor-default items-center justify-center gap-3 rounded-xl border-2 px-5 py-2 text-center text-body font-bold forced-colors:border-[ButtonText]',
  variants: {
    variant: {
      primary: 'border-primary bg-primary text-paper hover:bg-primary-strong',
      secondary: 'border-line bg-paper text-ink hover:bg-surface',
      danger: 'border-danger bg-paper text-danger hover:bg-danger-surface',
    },
    size: {
      normal: '',
      main: 'min-h-target-main w-full px-6',
    },
    isDisabled: {
      true: 'border-line bg-surface text-ink-soft forced-colors:text-[GrayText]',
    },
    isPending: { true: 'cursor-progress' },
  },
  defaultVariants: { variant: 'primary', size: 'normal' },
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
