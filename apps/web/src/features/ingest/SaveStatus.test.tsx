import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveStatus } from './SaveStatus.tsx';
import { inLanguage } from './test-i18n.tsx';

describe('SaveStatus', () => {
  it('announces saving, saved and unsaved states', () => {
    const { rerender } = render(<SaveStatus state={{ pending: 1, error: null, saved: false }} />, { wrapper: inLanguage() });
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    rerender(<SaveStatus state={{ pending: 0, error: null, saved: true }} />);
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
    rerender(<SaveStatus state={{ pending: 0, error: null, saved: true }} dirty />);
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
  });

  it('raises an alert when a save failed', () => {
    render(<SaveStatus state={{ pending: 0, error: 'The link must start with http:// or https://', saved: true }} />, { wrapper: inLanguage() });
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: The link must start with http:// or https://');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
