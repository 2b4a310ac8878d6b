import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TextField } from '@/components/ui/text-field';
import { settingsVendor } from '@/config/paths';
import { refusalHandoff } from '@/lib/refusal-handoff';
import { VENDOR_NAMES } from '@/components/ui/vendor-names';
import { settingsReason } from '../lib/refusal-reasons';
import { useSettingsForm } from '../lib/use-settings-form';
import { FormActions } from './form-actions';
import { CredentialsSection } from './credentials-section';
import { MessageIdSection } from './message-id-section';

export function SettingsPage() {
  const form = useSettingsForm();
  const [params] = useSearchParams();
  const reasonId = useId();
  const { deployDefault, inUse, keysOnServer } = form.api;

  useEffect(() => {
    document.title = 'Settings · Offers dashboard';
  }, []);

  const reason = settingsReason(params, keysOnServer);
  // What the upstream said, if the page that sent the user here left it (memory only).
  const [upstreamSaid] = useState(() => refusalHandoff.peek(params.get('reason') ?? '', settingsVendor(params)));
  useEffect(() => {
    refusalHandoff.clear();
  }, []);
  // A refused key: the fields to fix are named in the banner, described by it, and the
  // first one has the focus when the page opens.
  const refused =
    reason?.key === 'unauthorized' && !keysOnServer ? { vendor: reason.vendor, bannerId: reasonId } : null;
  const firstRefusedField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstRefusedField.current?.focus();
  }, []);

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      {reason && (
        <div id={reasonId} role="alert" className="space-y-1 rounded-md border border-danger/50 bg-danger-soft p-3">
          <p>{reason.text}</p>
          {upstreamSaid && (
            <p>
              The {VENDOR_NAMES[reason.vendor]} API said: <q className="break-words">{upstreamSaid}</q>
            </p>
          )}
        </div>
      )}
      <form onSubmit={form.save} className="card space-y-5" noValidate>
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">API</legend>
          <TextField
            label="API base URL"
            type="url"
            value={form.values.baseUrl}
            placeholder={deployDefault.url}
            error={form.values.urlError}
            hint={
              <>
                Leave empty to use the default: <span className="font-mono break-all">{deployDefault.url}</span>. In use
                now: <span className="font-mono break-all">{inUse}</span>.
              </>
            }
            onChange={form.editBaseUrl}
          />
        </fieldset>
        <CredentialsSection form={form} refused={refused} firstRefusedField={firstRefusedField} />
        <FormActions form={form} />
      </form>
      <MessageIdSection />
    </div>
  );
}
