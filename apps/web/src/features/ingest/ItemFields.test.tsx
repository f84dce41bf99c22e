import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ItemFields, validateItem } from './ItemFields.tsx';
import { reviewItem } from './test-data.ts';
import { inLanguage } from './test-i18n.tsx';

describe('ItemFields', () => {
  it('labels every field', () => {
    render(<ItemFields item={reviewItem()} onSave={vi.fn()} />, { wrapper: inLanguage() });
    for (const label of ['Headline', 'Summary', 'Article date', 'Outlet', 'Author', 'Original title', 'Link', 'Language']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Article date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Outlet')).toHaveValue('El Universal');
    expect(screen.getByRole('button', { name: 'Save item' })).toBeDisabled();
  });

  it('sends only the changed fields', async () => {
    const onSave = vi.fn().mockResolvedValue(true);
    const user = userEvent.setup();
    render(<ItemFields item={reviewItem()} onSave={onSave} />, { wrapper: inLanguage() });
    await user.clear(screen.getByLabelText('Headline'));
    await user.type(screen.getByLabelText('Headline'), 'Tariffs on hold until April 2');
    await user.selectOptions(screen.getByLabelText('Language'), 'en');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    expect(onSave).toHaveBeenCalledWith({ headline: 'Tariffs on hold until April 2', language: 'en' });
  });

  it('keeps an edit that failed to save, and stops flagging it once the server has it', async () => {
    const onSave = vi.fn().mockResolvedValue(false);
    const user = userEvent.setup();
    const { rerender } = render(<ItemFields item={reviewItem()} onSave={onSave} />, { wrapper: inLanguage() });
    await user.type(screen.getByLabelText('Author'), 'Redacción');
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    expect(screen.getByLabelText('Author')).toHaveValue('Redacción');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    rerender(<ItemFields item={reviewItem({ articleAuthor: 'Redacción' })} onSave={onSave} />);
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save item' })).toBeDisabled();
  });

  it('keeps edits to other fields when the server data changes under them', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ItemFields item={reviewItem()} onSave={vi.fn()} />, { wrapper: inLanguage() });
    await user.type(screen.getByLabelText('Outlet'), ' (online)');
    rerender(<ItemFields item={reviewItem({ summary: 'Changed elsewhere' })} onSave={vi.fn()} />);
    expect(screen.getByLabelText('Outlet')).toHaveValue('El Universal (online)');
    expect(screen.getByLabelText('Summary')).toHaveValue('Changed elsewhere');
  });

  it('explains what cannot be saved', async () => {
    const user = userEvent.setup();
    render(<ItemFields item={reviewItem()} onSave={vi.fn()} />, { wrapper: inLanguage() });
    await user.clear(screen.getByLabelText('Headline'));
    expect(screen.getByRole('alert')).toHaveTextContent('The headline cannot be empty.');
    expect(screen.getByRole('button', { name: 'Save item' })).toBeDisabled();
  });

  it('can discard the edits', async () => {
    const user = userEvent.setup();
    render(<ItemFields item={reviewItem()} onSave={vi.fn()} />, { wrapper: inLanguage() });
    await user.type(screen.getByLabelText('Headline'), '!!!');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Headline')).toHaveValue(reviewItem().headline);
  });
});

describe('validateItem', () => {
  it('checks links and required fields the way the API does', () => {
    expect(validateItem({ url: 'www.example.com' })).toBe('badLink');
    expect(validateItem({ url: ' https://example.com/a ' })).toBeNull();
    expect(validateItem({ url: '' })).toBeNull();
    expect(validateItem({ date: '' })).toBe('dateEmpty');
    expect(validateItem({ headline: '  ' })).toBe('headlineEmpty');
  });
});
