'use client';
import { TextField, type TextFieldProps } from './text-field';

/**
 * A 6-digit PIN: numeric keypad on phones, digits only, hidden as typed. No time limit;
 * nothing submits on its own when the sixth digit is typed.
 */
export function PinField(props: Omit<TextFieldProps, 'type' | 'inputMode' | 'maxLength'>) {
  return (
    <TextField
      {...props}
      type="password"
      inputMode="numeric"
      pattern="[0-9]{6}"
      maxLength={6}
      minLength={6}
      autoComplete="current-password"
      inputClassName="tracking-[0.5em] font-mono"
    />
  );
}
