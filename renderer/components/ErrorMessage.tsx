import type { CallError } from '../../main/contract/define';
import { useI18n } from '../i18n/index';

/** A refusal in plain words, read out by screen readers. */
export function ErrorMessage({ error }: { error: CallError | null | undefined }) {
  const { tError } = useI18n();
  if (!error) return null;
  return (
    <p className="message message-error" role="alert">
      {tError(error)}
    </p>
  );
}
