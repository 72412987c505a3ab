'use client';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  type ValidationResult,
} from 'react-aria-components';

import { focusRing, tv } from './styles';

export const inputStyles = tv({
  extend: focusRing,
  base: 'min-h-target w-full rounded-lg border-2 bg-paper px-4 py-2 text-ink forced-colors:border-[ButtonText]',
  variants: {
    isInvalid: { true: 'border-danger', false: 'border-line' },
    size: { body: 'text-body', amount: 'text-amount' },
  },
  defaultVariants: { isInvalid: false, size: 'body' },
});

export interface TextFieldProps extends AriaTextFieldProps {
  label: string;
  description?: string;
  errorMessage?: string | ((v: ValidationResult) => string);
  inputClassName?: string;
  /** `amount`: the large type of a money amount. */
  inputSize?: 'body' | 'amount';
}

/** A field with a visible label, a description and an error, all wired by react-aria. */
export function TextField({
  label,
  description,
  errorMessage,
  inputClassName,
  inputSize,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField {...props} className="flex flex-col gap-2">
      <Label className="text-body font-bold">{label}</Label>
      {description && (
        <Text slot="description" className="text-body text-ink-soft">
          {description}
        </Text>
      )}
      <Input
        className={(rp) =>
          inputStyles({
            ...rp,
            isInvalid: rp.isInvalid,
            size: inputSize,
            className: inputClassName,
          })
        }
      />
      <FieldError className="text-body font-bold text-danger">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
