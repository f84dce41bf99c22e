import { stateByIso, countryByCode } from '@atalaya/domain';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → 'Mar 12, 2025' (dates are calendar days, so UTC keeps them from shifting). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** A place code as people read it: the state's official Spanish name, 'National', or the country. */
export function placeName(code: string): string {
  if (code === 'MX') return 'National';
  return stateByIso(code)?.name ?? countryByCode(code)?.nameEn ?? code;
}
