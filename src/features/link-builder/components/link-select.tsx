import { SelectField } from '@/components/ui/select-field';
import type { LinkChoice } from '../lib/link-choices';
import type { LinksStatus } from '../lib/links-status';
import { LinksNote } from './links-note';

interface LinkSelectProps {
  idPrefix: string;
  choices: readonly LinkChoice[];
  value: string;
  linksStatus: LinksStatus;
  onPick: (choice: LinkChoice) => void;
}

/** Which of the offer's links to build on, and why some are missing. */
export function LinkSelect({ idPrefix, choices, value, linksStatus, onPick }: LinkSelectProps) {
  const selectId = `${idPrefix}-link`;
  const noteId = `${idPrefix}-links-note`;
  return (
    <SelectField
      id={selectId}
      label="Link to build"
      value={value}
      options={choices.map((item) => ({ value: item.id, label: item.label }))}
      describedBy={linksStatus.kind === 'loaded' ? undefined : noteId}
      onChange={(id) => {
        const picked = choices.find((item) => item.id === id);
        if (picked) onPick(picked);
      }}
    >
      <LinksNote id={noteId} status={linksStatus} />
    </SelectField>
  );
}
