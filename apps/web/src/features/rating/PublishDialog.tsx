import { LoadError } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { Dialog } from '../views/Dialog.tsx';
import { PreviewOrgs, previewSummary, usePreview } from './ImpactPreview.tsx';
import { categoryName, levelName, scopeName } from './labels.ts';
import { messages } from './messages.ts';
import type { PreviewInput } from './types.ts';

/**
 * Asks before a rating is published, with the preview's numbers (how many client sites of which
 * organisations change), which must have loaded before Publish is enabled; focus starts on Cancel, so
 * Enter never publishes by accident.
 */
export function PublishDialog({
  rating,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  rating: PreviewInput;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const fmt = useFormat();
  const preview = usePreview(rating);
  return (
    <Dialog title={t('confirmTitle', { level: levelName(rating.level, lang), place: scopeName(rating.scope) })} onClose={onCancel} className="publish-dialog">
      <p>{t('confirmBody', { category: categoryName(rating.category, lang), date: fmt.date(rating.effectiveOn) })}</p>
      {preview.isError ? (
        <LoadError onRetry={() => void preview.refetch()}>{t('failed', { reason: preview.error.message })}</LoadError>
      ) : preview.data ? (
        <>
          <p className="preview-summary">{previewSummary(t, preview.data)}</p>
          <PreviewOrgs preview={preview.data} />
        </>
      ) : (
        <p className="loading" role="status">
          {t('previewLoading')}
        </p>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          {t('cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={pending || !preview.data}>
          {pending ? t('publishing') : t('confirmPublish')}
        </button>
      </div>
    </Dialog>
  );
}
