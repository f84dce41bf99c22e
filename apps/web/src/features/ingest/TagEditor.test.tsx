import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ORGANIZATION_CHOICES, PLACE_CHOICES, resolveOrNew, resolvePlace } from './choices.ts';
import { TagEditor, type Chip } from './TagEditor.tsx';
import { inLanguage } from './test-i18n.tsx';

const places: Chip[] = [
  { value: 'MX-SIN', label: 'Sinaloa', origin: 'extracted', confidence: 0.85 },
  { value: 'US', label: 'United States', origin: 'editor', confidence: 1 },
];

function renderPlaces(overrides: Partial<Parameters<typeof TagEditor>[0]> = {}) {
  const props = { kind: 'place' as const, chips: places, choices: PLACE_CHOICES, resolve: resolvePlace, busy: false, onAdd: vi.fn(), onRemove: vi.fn(), ...overrides };
  render(<TagEditor {...props} />, { wrapper: inLanguage() });
  return props;
}

describe('TagEditor', () => {
  it('lists chips with a named remove button and tells extracted from editor ones', () => {
    renderPlaces();
    const group = screen.getByRole('group', { name: 'Places' });
    expect(group).toHaveTextContent('Sinaloa (extracted automatically, confidence 85%)');
    expect(group).toHaveTextContent('United States (added by an editor)');
    expect(screen.getByText('Sinaloa').closest('li')).toHaveClass('chip-extracted');
  });

  it('removes a chip', async () => {
    const props = renderPlaces();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove Sinaloa' }));
    expect(props.onRemove).toHaveBeenCalledWith('MX-SIN');
  });

  it('adds a place typed by alias, from the keyboard', async () => {
    const props = renderPlaces();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Add place' }), 'CDMX{Enter}');
    expect(props.onAdd).toHaveBeenCalledWith(expect.objectContaining({ value: 'MX-CMX', label: 'Ciudad de México' }));
    expect(screen.getByRole('combobox', { name: 'Add place' })).toHaveValue('');
  });

  it('explains an ambiguous or unknown entry instead of guessing', async () => {
    const props = renderPlaces();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Add place' });
    await user.type(input, 'Baja{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“Baja” matches several: Baja California, Baja California Sur');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Add place' }));
    expect(screen.getByRole('alert')).toHaveTextContent('No place matches “Atlantis”.');
    expect(props.onAdd).not.toHaveBeenCalled();
  });

  it('does not add a place twice', async () => {
    const props = renderPlaces();
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Add place' }), 'Sinaloa{Enter}');
    expect(props.onAdd).not.toHaveBeenCalled();
  });

  it('accepts an organization that is not in the catalog', async () => {
    const onAdd = vi.fn();
    render(
      <TagEditor kind="organization" chips={[]} choices={ORGANIZATION_CHOICES} resolve={(i) => resolveOrNew(ORGANIZATION_CHOICES, i)} busy={false} onAdd={onAdd} onRemove={vi.fn()} />,
      { wrapper: inLanguage() },
    );
    expect(screen.getByText('No organizations.')).toBeInTheDocument();
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Add organization' }), 'Cártel del Noreste Nuevo{Enter}');
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ value: 'cartel-del-noreste-nuevo', label: 'Cártel del Noreste Nuevo' }));
  });

  it('waits while a save of the list is in flight', () => {
    renderPlaces({ busy: true });
    expect(screen.getByRole('button', { name: 'Remove Sinaloa' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add place' })).toBeDisabled();
  });
});
