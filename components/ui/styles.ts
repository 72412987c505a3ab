import { createTV } from 'tailwind-variants';

/**
 * Our `tv`: tailwind-merge told about the design tokens, so `text-body` (a size) and
 * `text-paper` (a colour) are not mistaken for each other and both kept.
 */
export const tv = createTV({
  twMerge: true,
  twMergeConfig: {
    extend: {
      theme: {
        text: ['body', 'title', 'amount'],
        color: [
          'ink',
          'ink-soft',
          'paper',
          'surface',
          'line',
          'primary',
          'primary-strong',
          'danger',
          'danger-surface',
          'success',
          'success-surface',
          'focus',
        ],
        spacing: ['target', 'target-main'],
      },
    },
  },
});

/** The one focus ring, visible in forced-colors mode too. */
export const focusRing = tv({
  base: 'outline-offset-[3px] outline-primary forced-colors:outline-[Highlight]',
  variants: {
    isFocusVisible: { false: 'outline-0', true: 'outline-4' },
  },
});

/**
 * Marks a main action (a primary full-width button, a home tile, a bill or person to pick): the
 * care-mode suite holds every element with this mark to 64x64 CSS px (care-mode.md).
 */
export const mainAction = { 'data-main-action': true } as const;
