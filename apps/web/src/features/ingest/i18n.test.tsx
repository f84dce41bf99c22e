import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/Providers.tsx';
import { LoginPage } from '../auth/LoginPage.tsx';
import { messages as authMessages } from '../auth/messages.ts';
import { EditionTable } from './EditionList.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ItemFields } from './ItemFields.tsx';
import { messages as ingestMessages } from './messages.ts';
import { PublishPanel } from './PublishPanel.tsx';
import { TagEditor } from './TagEditor.tsx';
import { PLACE_CHOICES, resolvePlace } from './choices.ts';
import { observation, reviewItem } from './test-data.ts';
import { inLanguage } from './test-i18n.tsx';

const spanish = { wrapper: inLanguage('es') };

describe('import and review screens in Spanish', () => {
  it('labels the import panel', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ImportPanel onImported={vi.fn()} />
      </QueryClientProvider>,
      spanish,
    );
    expect(screen.getByRole('heading', { name: 'Importar un boletín' })).toBeInTheDocument();
    expect(screen.getByLabelText('Archivo del boletín')).toBeInTheDocument();
    expect(screen.getByLabelText('Pegar texto')).toBeInTheDocument();
    // A problem the browser finds is worded in Spanish too.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Importar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Primero pega el texto del boletín.');
  });

  it('lists imported editions with Spanish headers, statuses and dates', () => {
    render(
      <MemoryRouter>
        <EditionTable
          editions={[
            { id: 4, title: 'Security Chatter', publishedOn: '2025-03-12', status: 'draft', sourceName: null, itemCount: 6, proposedMetrics: 3, createdAt: new Date('2025-03-12T15:00:00Z') },
          ]}
        />
      </MemoryRouter>,
      spanish,
    );
    expect(screen.getByRole('columnheader', { name: 'Título' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Cifras pendientes de revisión' })).toBeInTheDocument();
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveTextContent('Borrador');
    expect(within(row).getByText(/mar 2025/)).toBeInTheDocument();
  });

  it('reviews figures with Spanish buttons, status, series, place and date', () => {
    render(
      <FiguresTable
        observations={[observation(), observation({ id: 12, series: 'drug_seizure_kg', dimension: 'fentanyl_pills', place: 'US', status: 'confirmed' })]}
        onReview={vi.fn()}
      />,
      spanish,
    );
    expect(screen.getByRole('region', { name: 'Cifras' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Aceptar' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Rechazar' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeInTheDocument();
    const [, first, second] = screen.getAllByRole('row') as HTMLElement[];
    expect(first).toHaveTextContent('Pendiente de revisión');
    expect(first).toHaveTextContent('27 feb 2025');
    expect(first).toHaveTextContent('confianza alta');
    expect(second).toHaveTextContent('Aceptada');
    expect(second).toHaveTextContent('(pastillas de fentanilo)');
    expect(second).toHaveTextContent('Estados Unidos');
    expect(within(second as HTMLElement).getByRole('spinbutton', { name: /^Valor de / })).toBeInTheDocument();
  });

  it('labels the item form and the tag lists', () => {
    render(<ItemFields item={reviewItem()} onSave={vi.fn()} />, spanish);
    for (const label of ['Titular', 'Resumen', 'Fecha de la nota', 'Medio', 'Autor', 'Idioma', 'Título original', 'Enlace']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Guardar nota' })).toBeDisabled();

    const chips = [{ value: 'MX-SIN', label: 'Sinaloa', origin: 'extracted' as const, confidence: 0.85 }];
    render(<TagEditor kind="place" chips={chips} choices={PLACE_CHOICES} resolve={resolvePlace} busy={false} onAdd={vi.fn()} onRemove={vi.fn()} />, spanish);
    expect(screen.getByRole('group', { name: 'Lugares' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quitar Sinaloa' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Agregar lugar' })).toBeInTheDocument();
  });

  it('offers to publish the edition', () => {
    render(
      <MemoryRouter>
        <PublishPanel edition={{ status: 'draft', publishedOn: null, items: [reviewItem()] }} publishing={false} deleting={false} error={null} onPublish={vi.fn()} onDelete={vi.fn()} />
      </MemoryRouter>,
      spanish,
    );
    expect(screen.getByRole('button', { name: 'Publicar edición' })).toHaveAccessibleDescription('Indica y guarda la fecha de publicación antes de publicar.');
    expect(screen.getByRole('button', { name: 'Eliminar borrador' })).toBeInTheDocument();
  });
});

describe('sign-in page', () => {
  function renderLogin(lang: 'en' | 'es') {
    render(
      <Providers lang={lang}>
        <MemoryRouter>
          <LoginPage />
        </MemoryRouter>
      </Providers>,
    );
  }

  it('is in Spanish', () => {
    renderLogin('es');
    expect(screen.getByRole('heading', { name: 'Iniciar sesión en Atalaya' })).toBeInTheDocument();
    expect(screen.getByLabelText('Correo electrónico')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Contraseña')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeInTheDocument();
  });

  it('keeps the English labels other tests sign in with', () => {
    renderLogin('en');
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});

describe('message tables', () => {
  const tables = { ingest: ingestMessages, auth: authMessages };

  it.each(Object.entries(tables))('%s has no empty message in either language', (_, table) => {
    for (const lang of ['en', 'es'] as const) {
      const empty = Object.entries(table[lang]).filter(([, text]) => text.trim() === '');
      expect(empty, `${lang} messages`).toEqual([]);
    }
  });

  it.each(Object.entries(tables))('%s uses the same placeholders in both languages', (_, table) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(table.en)) {
      expect(placeholders((table.es as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(english));
    }
  });
});
