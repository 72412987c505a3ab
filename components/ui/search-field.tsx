'use client';
import {
  Button,
  Input,
  Label,
  SearchField as AriaSearchField,
  Text,
  type SearchFieldProps,
} from 'react-aria-components';
import { inputStyles } from './text-field';

/** A search box with a visible label and description; the clear button is a full target. */
export function SearchField({
  label,
  description,
  clearLabel,
  ...props
}: SearchFieldProps & { label: string; description?: string; clearLabel: string }) {
  return (
    <AriaSearchField {...props} className="flex flex-col gap-2">
      <Label className="text-body font-bold">{label}</Label>
      {description && (
        <Text slot="description" className="text-body text-ink-soft">
          {description}
        </Text>
      )}
      <div className="flex gap-2">
        <Input
          className={(rp) =>
            inputStyles({ ...rp, className: '[&::-webkit-search-cancel-button]:hidden' })
          }
        />
        <Button
          aria-label={clearLabel}
          className="min-h-target min-w-target rounded-lg border-2 border-line bg-paper text-body font-bold text-ink"
        >
          ✕
        </Button>
      </div>
    </AriaSearchField>
  );
}
