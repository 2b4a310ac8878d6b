import { useId } from 'react';
import type { Ref } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { Vendor } from '@/contract';
import type { SettingsForm } from '../lib/use-settings-form';
import { KeysElsewhereNote } from './keys-elsewhere-note';
import { ServerKeysNote } from './server-keys-note';

interface CredentialsSectionProps {
  form: SettingsForm;
  /** The vendor whose keys were refused: its fields are described by the banner, and the first has the focus. */
  refused: { readonly vendor: Vendor; readonly bannerId: string } | null;
  firstRefusedField: Ref<HTMLInputElement>;
}

// The first field of each vendor takes the focus when that vendor's keys were refused.
const FIELDS = [
  {
    name: 'tracklyApiKey',
    vendor: 'trackly',
    label: 'Trackly API key',
    type: 'password',
    autoComplete: 'off',
    hint: 'Sent as the X-Api-Key header to the offers endpoints.',
    takesFocus: true,
  },
  {
    name: 'offerslookEmail',
    vendor: 'offerslook',
    label: 'Offerslook email',
    type: 'email',
    autoComplete: 'username',
    hint: undefined,
    takesFocus: true,
  },
  {
    name: 'offerslookApiKey',
    vendor: 'offerslook',
    label: 'Offerslook API key',
    type: 'password',
    autoComplete: 'off',
    hint: 'Email and key are sent as HTTP Basic to the tracking-links endpoint.',
    takesFocus: false,
  },
] as const;

/** The vendors' keys, or behind a gateway, a note that the server holds them. */
export function CredentialsSection({ form, refused, firstRefusedField }: CredentialsSectionProps) {
  const rememberId = useId();
  const { credentials, remember } = form.values;
  const { gatewayVendors, keysOnServer, keysElsewhere, keysSavedFor } = form.api;
  if (keysOnServer && gatewayVendors !== undefined) {
    return (
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Credentials</legend>
        <ServerKeysNote vendors={gatewayVendors} keysSavedFor={keysSavedFor} />
      </fieldset>
    );
  }
  const describedBy = (vendor: Vendor) => (refused?.vendor === vendor ? refused.bannerId : undefined);
  const focusRef = (vendor: Vendor) => (refused?.vendor === vendor ? firstRefusedField : undefined);
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Credentials (optional)</legend>
      <p className="text-sm text-muted">
        Keys entered here live in this browser and are sent straight to the API above. The safer setup keeps them in a
        gateway in front of the vendors, so the browser never holds them (see the README). They are sent only to the API
        they were saved for.
      </p>
      {keysElsewhere && (
        <KeysElsewhereNote
          savedFor={keysElsewhere.savedFor}
          target={keysElsewhere.target}
          onForget={form.forgetSavedKeys}
        />
      )}
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          type={field.type}
          autoComplete={field.autoComplete}
          value={credentials[field.name] ?? ''}
          hint={field.hint}
          describedBy={describedBy(field.vendor)}
          ref={field.takesFocus ? focusRef(field.vendor) : undefined}
          onChange={form.editCredential(field.name)}
        />
      ))}
      <div className="flex items-start gap-2">
        <input
          id={rememberId}
          type="checkbox"
          className="mt-1 size-4"
          checked={remember}
          onChange={(event) => {
            form.editRemember(event.target.checked);
          }}
        />
        <label htmlFor={rememberId} className="text-sm">
          Remember on this device
          <span className="block text-muted">Otherwise the keys are forgotten when this tab closes.</span>
        </label>
      </div>
    </fieldset>
  );
}
