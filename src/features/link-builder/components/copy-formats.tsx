import { CopyableValue } from '@/components/ui/copyable-value';
import { MAX_TEXT } from '../lib/builder-storage';
import { formatLink } from '../lib/copy-formats';
import { TextField } from '@/components/ui/text-field';

interface CopyFormatsProps {
  url: string;
  linkText: string;
  onLinkTextChange: (text: string) => void;
}

const FORMATS = [
  { format: 'html', title: 'HTML', what: 'built link as HTML' },
  { format: 'markdown', title: 'Markdown', what: 'built link as Markdown' },
] as const;

/** The built link as an HTML anchor and as Markdown, each shown exactly as it is copied. */
export function CopyFormats({ url, linkText, onLinkTextChange }: CopyFormatsProps) {
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-muted">Other formats</h3>
      <TextField
        label="Link text for HTML and Markdown"
        value={linkText}
        maxLength={MAX_TEXT}
        placeholder="The link itself"
        autoComplete="off"
        onChange={onLinkTextChange}
      />
      <dl className="space-y-3">
        {FORMATS.map(({ format, title, what }) => (
          <div key={format} className="space-y-1">
            <dt className="text-sm font-medium">{title}</dt>
            <dd>
              <CopyableValue value={formatLink(url, format, linkText)} what={what} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
