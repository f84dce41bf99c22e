import { useState } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { validateViewName } from './names.ts';

/** A view-name input: its text, checked on submit, and the error to show under it. */
export function useViewName(initial = '') {
  const t = useMessages(messages);
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    name,
    setName,
    /** Whether the name was refused (the input is then marked invalid). */
    refused: problem !== null,
    /** The trimmed name when it may be saved; else null, and why it may not is shown. */
    check: (): string | null => {
      const issue = validateViewName(name);
      setProblem(issue ? t(issue) : null);
      return issue ? null : name.trim();
    },
    /** What to show: the name's problem, else why the save failed, else nothing. */
    message: (failure: { message: string } | null): string | null => problem ?? (failure ? t('failed', { reason: failure.message }) : null),
  };
}
