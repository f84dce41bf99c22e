import { decodeFilter, FilterError } from '@atalaya/domain';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Lang } from '../../i18n/index.tsx';
import { useDescribeIssues } from './filter-issues.ts';

/** The problems decodeFilter finds in a link's query string, as the dashboard describes them. */
function described(search: string, lang: Lang): string {
  let issues: string[] = [];
  try {
    decodeFilter(search);
  } catch (error) {
    if (error instanceof FilterError) issues = error.issues;
  }
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider lang={lang}>{children}</I18nProvider>;
  return renderHook(() => useDescribeIssues(), { wrapper }).result.current(issues);
}

describe('a bad link’s problems, in the reader’s language', () => {
  it('names a date out of range and the range', () => {
    expect(described('from=0000-01-01', 'en')).toBe('the date 0000-01-01 is outside 1900-01-01 to 2100-12-31');
    expect(described('to=2101-01-01', 'es')).toBe('la fecha 2101-01-01 está fuera del intervalo de 1900-01-01 a 2100-12-31');
  });

  it('says the search text holds a NUL character', () => {
    expect(described('q=cartel%00', 'en')).toBe('the search text contains a NUL character');
    expect(described('q=%00', 'es')).toBe('el texto de búsqueda contiene un carácter NUL');
  });
});
