import { flushSync } from 'react-dom';
import { useAnnounce } from '@/components/ui/announcer-context';
import type { ReadOffer as Offer } from '@/contract';
import type { ReadTrackingLinks as TrackingLinks } from '@/contract';
import { buildLink, collectParams } from '../lib/build-link';
import type { BuildRequest } from '../lib/build-requests';
import { paramValuesOf, withParamValues } from '../lib/builder-state';
import { EMPTY_PARAM_VALUES, setKeys, toLinkParams } from '../lib/builder-values';
import type { LinksStatus } from '../lib/links-status';
import { useMessageIdField } from '@/lib/message-id-field';
import { attributionWarnings, warningsByParam } from '../lib/attribution-guard';
import { getParamNames } from '../lib/platform-params';
import type { LinkPlatform } from '../lib/platform-params';
import { queryParams } from '../lib/query-params';
import { SAVE_FAILED, useLinkBuilder } from '../lib/use-link-builder';
import { BuiltLinkPreview } from './built-link-preview';
import { CopyFormats } from './copy-formats';
import { ExistingParams } from './existing-params';
import { rowInputId, slotInputId, sourceInputId } from './field-ids';
import { LinkSelect } from './link-select';
import { ParamFields } from './param-fields';
import { focusById, paramActions } from './param-actions';
import { PlatformSelect } from './platform-select';
import { Presets } from './presets';
import { SmsEstimate } from './sms-estimate';

export interface LinkBuilderProps {
  offer: Offer;
  /** The affiliate's tracking links; undefined while loading or when unavailable. */
  links: TrackingLinks | undefined;
  /** Where those links stand, to say why they are missing. */
  linksStatus: LinksStatus;
  /** A request to build on one link ("Add sub-ids to …"), until it is done. */
  request: BuildRequest | null;
  /** Called once the request's link is chosen and the focus moved. */
  onRequestDone: () => void;
}

/**
 * Adds sub-ids, a source and other parameters to one of the offer's tracking links,
 * shows the result as it is typed, and copies it as a URL, HTML or Markdown. The
 * values are remembered per offer on this device. Mount it with `key={offer.id}`.
 */
export function LinkBuilder({ offer, links, linksStatus, request, onRequestDone }: LinkBuilderProps) {
  const { idPrefix, rootId, state, choices, choice, change, saveFailed } = useLinkBuilder({
    offer,
    links,
    request,
    onRequestDone,
  });
  const announce = useAnnounce();
  const messageIdField = useMessageIdField();

  if (choice === undefined) {
    return (
      <p className="text-sm text-muted">
        {linksStatus.kind === 'loading'
          ? 'Waiting for the tracking links…'
          : 'This offer has no http(s) link to build on.'}
      </p>
    );
  }

  const platform: LinkPlatform = state.platform ?? choice.platform;
  const names = getParamNames(platform);
  const values = paramValuesOf(state);
  const params = toLinkParams(values, names);
  const built = buildLink(choice.url, params, { keepMacros: state.keepMacros });
  const existing = queryParams(choice.url);
  const current = new Map(existing.map((param) => [param.key, param.value]));
  const guard = { platform, subNames: names.subs, params, existing, messageIdField };
  const warnings = warningsByParam(attributionWarnings(guard));

  function addRow(key = '', focus: 'key' | 'value' = 'key') {
    const rowId = state.nextRowId;
    flushSync(() => {
      change((s) => ({ ...s, extra: [...s.extra, { id: s.nextRowId, key, value: '' }], nextRowId: s.nextRowId + 1 }));
    });
    focusById(rowInputId(idPrefix, rowId, focus));
  }

  const actions = paramActions({
    change,
    idPrefix,
    addRow: () => {
      addRow();
    },
  });

  /** Sends the user to the field that sets this key, adding a row if none does. */
  function replaceExisting(key: string) {
    const slot = names.subs.indexOf(key);
    if (slot !== -1) {
      focusById(slotInputId(idPrefix, slot));
    } else if (key === names.source) {
      focusById(sourceInputId(idPrefix));
    } else {
      addOrFocusRow(key);
    }
  }

  function addOrFocusRow(key: string) {
    const row = state.extra.find((item) => item.key.trim() === key);
    if (row) focusById(rowInputId(idPrefix, row.id, 'value'));
    else addRow(key, 'value');
  }

  return (
    <div id={rootId} className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <LinkSelect
          idPrefix={idPrefix}
          choices={choices}
          value={choice.id}
          linksStatus={linksStatus}
          onPick={(picked) => {
            change((s) => ({ ...s, linkId: picked.id, platform: null }));
          }}
        />
        <PlatformSelect
          id={`${idPrefix}-platform`}
          value={platform}
          linkPlatform={choice.platform}
          guess={choice.platformGuess}
          onChange={(next) => {
            change((s) => ({ ...s, platform: next === choice.platform ? null : next }));
          }}
        />
      </div>

      <ExistingParams params={existing} replaced={setKeys(params)} onReplace={replaceExisting} />

      <ParamFields
        idPrefix={idPrefix}
        link={{ label: choice.label, names, current, warnings }}
        fields={state}
        actions={actions}
      />

      {saveFailed && <p className="text-sm font-medium text-danger">{SAVE_FAILED}</p>}

      <BuiltLinkPreview
        url={built.url}
        segments={built.segments}
        from={choice.label}
        link={{
          kind: 'built-link',
          label: `built link on the ${choice.label}`,
          source: choice.id,
          issuedUrl: choice.url,
          params: [...collectParams(params)],
        }}
        onReset={() => {
          change((s) => ({ ...withParamValues(s, EMPTY_PARAM_VALUES), platform: null }));
          announce('Reset to the original link');
        }}
      />

      <CopyFormats
        url={built.url}
        linkText={state.linkText}
        onLinkTextChange={(linkText) => {
          change((s) => ({ ...s, linkText }));
        }}
      />

      <SmsEstimate
        link={built.url}
        template={state.template}
        onTemplateChange={(template) => {
          change((s) => ({ ...s, template }));
        }}
      />

      <Presets
        values={values}
        onApply={(preset) => {
          change((s) => withParamValues(s, preset));
        }}
      />
    </div>
  );
}
