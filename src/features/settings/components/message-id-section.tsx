import { useId, useState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { MESSAGE_ID_FIELDS, messageIdField, useMessageIdField } from '@/lib/message-id-field';

const FIELD_OPTIONS = MESSAGE_ID_FIELDS.map((field) => ({ value: field, label: field }));

/**
 * Where the account's Trackly TUNE integration carries its message id, so the link
 * builder warns before a sub-id goes there. Kept as it is chosen: no Save needed.
 */
export function MessageIdSection() {
  const value = useMessageIdField();
  const [unsaved, setUnsaved] = useState(false);
  const headingId = useId();
  const selectId = useId();
  const hintId = `${selectId}-hint`;
  return (
    <section aria-labelledby={headingId} className="card space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Link builder
      </h2>
      <SelectField
        id={selectId}
        label="Trackly message-id field"
        selectClassName="input font-mono"
        value={value}
        options={FIELD_OPTIONS}
        describedBy={hintId}
        onChange={(picked) => {
          const next = MESSAGE_ID_FIELDS.find((field) => field === picked);
          if (next) setUnsaved(!messageIdField.set(next));
        }}
      >
        <p id={hintId} className="text-sm text-muted">
          The “Message ID Field” of your Trackly account’s TUNE integration (<code>aff_sub</code> unless you changed
          it). On TUNE links the link builder warns before a value goes into it. Kept on this device as you choose.
        </p>
        {unsaved && (
          <p className="text-sm font-medium text-danger">
            This browser did not let us store it: it holds only while this page is open.
          </p>
        )}
      </SelectField>
    </section>
  );
}
