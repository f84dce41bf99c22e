export const MAX_VIEW_NAME = 120;

/** Why a view name would be refused (the server checks the same), or null when it is fine. */
export function validateViewName(name: string): 'nameRequired' | 'nameTooLong' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'nameRequired';
  if (trimmed.length > MAX_VIEW_NAME) return 'nameTooLong';
  return null;
}
