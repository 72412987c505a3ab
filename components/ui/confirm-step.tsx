'use client';
import { useId, type ReactNode } from 'react';
import { Button } from './button';

export interface ConfirmStepProps {
  heading: string;
  /** What will happen, in plain words: shown, and the text that read-aloud speaks. */
  summary: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isPending?: boolean;
}

/**
 * A review step in the page itself, never a pop-up dialog: the person reads what will happen,
 * then presses one large confirm button, or goes back. Nothing happens on a timer.
 */
export function ConfirmStep({
  heading,
  summary,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  isPending,
}: ConfirmStepProps) {
  // Unique per review step: a voice payment's review can open over a page that has its own.
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      data-step="confirm"
      className="flex flex-col gap-6 rounded-2xl border-2 border-line bg-surface p-5"
    >
      <h2 id={headingId} className="text-title">
        {heading}
      </h2>
      <div className="text-body">{summary}</div>
      <div className="flex flex-col gap-4">
        <Button size="main" onPress={onConfirm} isPending={isPending}>
          {confirmLabel}
        </Button>
        <Button size="main" variant="secondary" onPress={onCancel} isDisabled={isPending}>
          {cancelLabel}
        </Button>
      </div>
    </section>
  );
}
