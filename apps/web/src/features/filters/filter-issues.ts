import { MAX_DATE, MIN_DATE } from '@atalaya/domain';
import { useCallback } from 'react';
import { useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

// The domain's FilterError issues are English sentences naming the bad value; these are the
// ones a hand-edited or truncated link produces, put in the reader's language.
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [keyof (typeof messages)['en'], Record<string, string>]]> = [
  [/^Unknown state "(.*)"$/, (m) => ['issue_unknownState', { value: m[1] ?? '' }]],
  [/^Unknown topic "(.*)"$/, (m) => ['issue_unknownTopic', { value: m[1] ?? '' }]],
  [/^Invalid date "(.*)"$/, (m) => ['issue_invalidDate', { value: m[1] ?? '' }]],
  [/^Unknown filter parameter "(.*)"$/, (m) => ['issue_unknownParam', { value: m[1] ?? '' }]],
  [/^The start date "(.*)" is after the end date "(.*)"$/, (m) => ['issue_dateOrder', { from: m[1] ?? '', to: m[2] ?? '' }]],
  [/^The date "(.*)" is out of range/, (m) => ['issue_dateRange', { value: m[1] ?? '', min: MIN_DATE, max: MAX_DATE }]],
  [/^Text cannot contain a NUL character/, () => ['issue_nul', {}]],
];

/** Turns useFilter's `issues` into one readable phrase in the current language. */
export function useDescribeIssues() {
  const t = useMessages(messages);
  return useCallback(
    (issues: readonly string[]) =>
      issues
        .map((issue) => {
          for (const [pattern, toMessage] of PATTERNS) {
            const m = pattern.exec(issue);
            if (m) {
              const [key, vars] = toMessage(m);
              return t(key, vars);
            }
          }
          return issue;
        })
        .join('; '),
    [t],
  );
}
