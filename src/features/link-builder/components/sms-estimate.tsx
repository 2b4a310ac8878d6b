import { useId } from 'react';
import { MAX_TEXT } from '../lib/builder-storage';
import { LINK_PLACEHOLDER, renderSmsTemplate } from '../lib/render-template';
import { countSmsSegments } from '../lib/sms-segments';

interface SmsEstimateProps {
  link: string;
  template: string;
  onTemplateChange: (template: string) => void;
}

function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How many SMS segments the message with the built link takes, and why. */
export function SmsEstimate({ link, template, onTemplateChange }: SmsEstimateProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const message = renderSmsTemplate(template, link);
  const count = countSmsSegments(message);
  const characters = Array.from(message).length;
  const gsm = count.encoding === 'GSM-7';
  const single = gsm ? 160 : 70;
  const part = gsm ? 153 : 67;

  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-muted">SMS</h3>
      <div className="space-y-1">
        <label htmlFor={id} className="label">
          SMS message template
        </label>
        <textarea
          id={id}
          className="input font-mono"
          rows={3}
          value={template}
          maxLength={MAX_TEXT}
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(event) => {
            onTemplateChange(event.target.value);
          }}
        />
        <p id={hintId} className="text-sm text-muted">
          <code>{LINK_PLACEHOLDER}</code> stands for the built link ({plural(link.length, 'character', 'characters')}).
        </p>
      </div>
      <div className="space-y-1 text-sm">
        {/* The one live line: the count, announced politely as the message changes. */}
        <output className="block font-medium">
          {plural(characters, 'character', 'characters')} · {count.encoding} ·{' '}
          {plural(count.segments, 'segment', 'segments')}
        </output>
        <span className="block text-muted">
          {count.segments <= 1
            ? `Fits one SMS (up to ${String(single)} ${count.encoding} characters).`
            : `Over ${String(single)} ${count.encoding} characters: sent as ${String(count.segments)} parts of up to ${String(part)}.`}
          {count.units !== characters &&
            ` Counts as ${plural(count.units, gsm ? 'septet' : 'UTF-16 unit', gsm ? 'septets' : 'UTF-16 units')}.`}
        </span>
        {!gsm && (
          <span className="block">
            UCS-2 because of:{' '}
            {count.nonGsmChars.map((char, index) => (
              <span key={char}>
                {index > 0 && ', '}
                <code className="rounded-sm bg-surface-2 px-1">{char}</code> ({codePoint(char)})
              </span>
            ))}
            . Without them the message would be sent as GSM-7.
          </span>
        )}
        {!template.includes(LINK_PLACEHOLDER) && (
          <span className="block text-warning">
            The template has no {LINK_PLACEHOLDER}: the link is not in the message.
          </span>
        )}
      </div>
    </div>
  );
}
