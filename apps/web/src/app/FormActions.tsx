import type { ReactNode } from 'react';

/**
 * The end of a form: why the last submit failed (an alert, when it did), then the submit button,
 * disabled and relabelled while the request is pending, a Cancel button (with `onCancel`), and any
 * other actions (`children`).
 */
export function FormActions({
  error,
  pending,
  label,
  pendingLabel,
  wide = false,
  children,
  ...cancel
}: {
  error?: string | null;
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** Spans every column of a grid form. */
  wide?: boolean;
  children?: ReactNode;
} & ({ onCancel?: undefined } | { onCancel: () => void; cancelLabel: string })) {
  const span = wide ? ' wide' : '';
  return (
    <>
      {error ? (
        <p className={`error${span}`} role="alert">
          {error}
        </p>
      ) : null}
      <div className={`form-actions${span}`}>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
        {cancel.onCancel ? (
          <button type="button" onClick={cancel.onCancel}>
            {cancel.cancelLabel}
          </button>
        ) : null}
        {children}
      </div>
    </>
  );
}
