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
    <div className="space-y-1">
      <label htmlFor={selectId} className="label">
        Link to build
      </label>
      <select
        id={selectId}
        className="input"
        value={value}
        aria-describedby={linksStatus.kind === 'loaded' ? undefined : noteId}
        onChange={(event) => {
          const picked = choices.find((item) => item.id === event.target.value);
          if (picked) onPick(picked);
        }}
      >
        {choices.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
      <LinksNote id={noteId} status={linksStatus} />
    </div>
  );
}
