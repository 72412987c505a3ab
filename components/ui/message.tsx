import type { ReactNode } from 'react';

/**
 * A calm message in the page (not a pop-up). Errors are announced as alerts, other news as
 * status; each kind also carries an icon and words, never colour alone.
 */
export function Message({
  tone,
  title,
  children,
}: {
  tone: 'error' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
}) {
  const style = {
    error: 'border-danger bg-danger-surface text-danger',
    success: 'border-success bg-success-surface text-success',
    info: 'border-line bg-surface text-ink',
  }[tone];
  const icon = { error: '⚠', success: '✓', info: 'ℹ' }[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex gap-3 rounded-xl border-2 p-4 text-body ${style}`}
    >
      <span aria-hidden="true" className="font-bold">
        {icon}
      </span>
      <div className="flex flex-col gap-1">
        {title && <p className="font-bold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
