// Coordinators: the shop's own settings, grouped as a coordinator thinks of them. A save sends only
// what changed; the till checks every field and either keeps all of it or nothing.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import type { EditableSettings } from '../../../main/contract/settings';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { BarcodeSection } from './BarcodeSection';
import { AppointmentsSection, EnrolmentSection } from './EnrolmentSections';
import { ShopSection, TillSection } from './ShopSections';
import { changesOf, type FormValues, toForm } from './shopSettingsForm';

interface Loaded {
  settings: EditableSettings;
  tillId: string;
}

export function ShopSettingsScreen() {
  const { t } = useI18n();
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // After a refusal the first field in red may be far up or down the page: go there.
  useEffect(() => {
    if (fields.length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fields]);

  const show = useCallback((result: Loaded) => {
    setLoaded(result);
    setValues(toForm(result.settings));
  }, []);
  useEffect(() => {
    void call('settings:get', {}).then((r) => (r.ok ? show(r.value) : setError(r.error)));
  }, [show]);
  if (!loaded || !values) return <ErrorMessage error={error} />;

  const set = (patch: Partial<FormValues>) => {
    setValues({ ...values, ...patch });
    // The last save's message no longer describes what is on screen.
    setDone(null);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(null);
    setSaving(true);
    const result = await call('settings:update', changesOf(values, loaded.settings));
    setSaving(false);
    if (!result.ok) {
      setFields(result.error.fields ?? []);
      setError(result.error);
      return;
    }
    setFields([]);
    show(result.value);
    const { changed } = result.value;
    // Times on every screen and the idle lock follow the new settings at once.
    if (changed.length > 0) session.shopChanged();
    setDone(changed.length === 0 ? t('shopSettings.saved.nothing') : t('shopSettings.saved'));
  };

  const props = { values, set, fields };
  return (
    <form ref={form} className="settings" noValidate onSubmit={(e) => void save(e)}>
      <div className="settings-grid">
        <ShopSection {...props} tillId={loaded.tillId} />
        <TillSection {...props} />
        <EnrolmentSection {...props} />
        <AppointmentsSection {...props} />
        <BarcodeSection {...props} />
      </div>
      <div className="settings-savebar">
        <div className="settings-status">
          {error &&
            (error.fields?.length ? (
              <p className="message message-error" role="alert">
                {t('shopSettings.refused')}
              </p>
            ) : (
              <ErrorMessage error={error} />
            ))}
          {done && (
            <p className="message message-ok" role="status">
              {done}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('shopSettings.save')}
        </button>
      </div>
    </form>
  );
}
