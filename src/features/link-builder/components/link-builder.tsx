import { useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAnnounce } from '@/components/ui/announcer-context';
import type { Offer } from '@/features/offers/api/schemas';
import type { TrackingLinks } from '@/features/tracking-links/api/schemas';
import { buildLink } from '../lib/build-link';
import type { BuildRequest } from '../lib/build-requests';
import { paramValuesOf, stateFromStored, storedFromState, withParamValues } from '../lib/builder-state';
import type { BuilderState } from '../lib/builder-state';
import { readLastState, writeLastState } from '../lib/builder-storage';
import { EMPTY_PARAM_VALUES, setKeys, toLinkParams } from '../lib/builder-values';
import type { SubValues } from '../lib/builder-values';
import { linkChoices, pickChoice } from '../lib/link-choices';
import type { LinksStatus } from '../lib/links-status';
import { getParamNames } from '../lib/platform-params';
import type { LinkPlatform } from '../lib/platform-params';
import { queryParams } from '../lib/query-params';
import { BuiltLinkPreview } from './built-link-preview';
import { CopyFormats } from './copy-formats';
import { ExistingParams } from './existing-params';
import { addRowButtonId, rowInputId, slotInputId, sourceInputId } from './field-ids';
import { ParamFields } from './param-fields';
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

const SAVE_FAILED =
  'Your values on this offer could not be remembered: this browser did not let us store them. They stay only while this page is open.';

function focusById(id: string) {
  document.getElementById(id)?.focus();
}

/** The state switched to the requested link; the naming belongs to the link, so it starts from the link's own. */
function withRequest(state: BuilderState, request: BuildRequest | null): BuilderState {
  return request === null ? state : { ...state, linkId: request.linkId, platform: null };
}

function LinksNote({ id, status }: { id: string; status: LinksStatus }) {
  switch (status.kind) {
    case 'loaded':
      return null;
    case 'loading':
      return (
        <p id={id} className="text-sm text-muted">
          Loading the affiliate tracking links… Meanwhile you can build on the offer tracking URL.
        </p>
      );
    case 'refused':
      return (
        <p id={id} className="text-sm text-muted">
          The affiliate tracking links are not available for this offer: the network gives them only for offers approved
          for you. You can build on the offer tracking URL.
        </p>
      );
    case 'declined':
      // Approval advice would send the marketer the wrong way (the offer may not exist).
      return (
        <p id={id} className="text-sm text-muted">
          Offerslook gave no affiliate tracking links for this offer: see the Tracking links panel for its reason. You
          can build on the offer tracking URL.
        </p>
      );
    case 'failed': {
      const title = status.error?.title;
      const reason = title === undefined ? '' : ` (${title.charAt(0).toLowerCase()}${title.slice(1)})`;
      return (
        <p id={id} className="text-sm text-muted">
          The affiliate tracking links could not be loaded{reason}: see the Tracking links panel to try again. Meanwhile
          you can build on the offer tracking URL.
        </p>
      );
    }
  }
}

/**
 * Adds sub-ids, a source and other parameters to one of the offer's tracking links,
 * shows the result as it is typed, and copies it as a URL, HTML or Markdown. The
 * values are remembered per offer on this device. Mount it with `key={offer.id}`.
 */
export function LinkBuilder({ offer, links, linksStatus, request, onRequestDone }: LinkBuilderProps) {
  const [state, setState] = useState<BuilderState>(() =>
    withRequest(stateFromStored(readLastState(offer.id)), request),
  );
  const [appliedRequest, setAppliedRequest] = useState(request);
  const [saveFailed, setSaveFailed] = useState(false);
  const announce = useAnnounce();
  const idPrefix = useId();
  const rootId = `${idPrefix}-root`;
  const linkSelectId = `${idPrefix}-link`;
  const linksNoteId = `${idPrefix}-links-note`;

  // A request while the builder is showing: switch to its link, keeping the values typed.
  if (request !== appliedRequest) {
    setAppliedRequest(request);
    if (request !== null) setState(withRequest(state, request));
  }

  // Then bring the builder into view from its heading, and put the focus where the
  // sub-ids are typed (focus scrolls further only if that field is still out of view).
  useEffect(() => {
    if (request === null) return;
    const root = document.getElementById(rootId);
    (root?.closest('section') ?? root)?.scrollIntoView({ block: 'start' });
    focusById(slotInputId(idPrefix, 0));
    onRequestDone();
  }, [request, rootId, idPrefix, onRequestDone]);

  const choices = useMemo(() => linkChoices(offer, links), [offer, links]);
  const choice = pickChoice(choices, state.linkId);

  /** Applies a change the user made, and remembers the result for this offer. */
  function change(update: (current: BuilderState) => BuilderState) {
    const updated = update(state);
    // What you see is what you build: once edited, the link shown stays, even when the
    // remembered one (or the main link) turns up later with the affiliate links.
    const next = updated.linkId === state.linkId && choice !== undefined ? { ...updated, linkId: choice.id } : updated;
    setState(next);
    const saved = writeLastState(offer.id, storedFromState(next));
    if (saved === saveFailed) {
      setSaveFailed(!saved);
      if (!saved) announce(SAVE_FAILED);
    }
  }

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

  function setSub(slot: number, value: string) {
    change((s) => {
      const subs = [...s.subs];
      subs[slot] = value;
      return { ...s, subs: subs as unknown as SubValues };
    });
  }

  function addRow(key = '', focus: 'key' | 'value' = 'key') {
    const rowId = state.nextRowId;
    flushSync(() => {
      change((s) => ({ ...s, extra: [...s.extra, { id: s.nextRowId, key, value: '' }], nextRowId: s.nextRowId + 1 }));
    });
    focusById(rowInputId(idPrefix, rowId, focus));
  }

  /** Sends the user to the field that sets this key, adding a row if none does. */
  function replaceExisting(key: string) {
    const slot = names.subs.indexOf(key);
    if (slot !== -1) {
      focusById(slotInputId(idPrefix, slot));
      return;
    }
    if (key === names.source) {
      focusById(sourceInputId(idPrefix));
      return;
    }
    const row = state.extra.find((item) => item.key.trim() === key);
    if (row) focusById(rowInputId(idPrefix, row.id, 'value'));
    else addRow(key, 'value');
  }

  return (
    <div id={rootId} className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={linkSelectId} className="label">
            Link to build
          </label>
          <select
            id={linkSelectId}
            className="input"
            value={choice.id}
            aria-describedby={linksStatus.kind === 'loaded' ? undefined : linksNoteId}
            onChange={(event) => {
              const picked = choices.find((item) => item.id === event.target.value);
              if (picked) change((s) => ({ ...s, linkId: picked.id, platform: null }));
            }}
          >
            {choices.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
          <LinksNote id={linksNoteId} status={linksStatus} />
        </div>
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
        linkLabel={choice.label}
        names={names}
        subs={state.subs}
        source={state.source}
        extra={state.extra}
        keepMacros={state.keepMacros}
        current={current}
        onSubChange={setSub}
        onSourceChange={(source) => {
          change((s) => ({ ...s, source }));
        }}
        onRowChange={(rowId, field, value) => {
          change((s) => ({ ...s, extra: s.extra.map((row) => (row.id === rowId ? { ...row, [field]: value } : row)) }));
        }}
        onAddRow={() => {
          addRow();
        }}
        onRemoveRow={(rowId) => {
          change((s) => ({ ...s, extra: s.extra.filter((row) => row.id !== rowId) }));
          focusById(addRowButtonId(idPrefix));
        }}
        onKeepMacrosChange={(keepMacros) => {
          change((s) => ({ ...s, keepMacros }));
        }}
      />

      {saveFailed && <p className="text-sm font-medium text-danger">{SAVE_FAILED}</p>}

      <BuiltLinkPreview
        url={built.url}
        segments={built.segments}
        from={choice.label}
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
