import { useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import { slotInputId } from '../components/field-ids';
import { builderReducer, withRequestedLink } from './builder-reducer';
import type { BuildRequest } from './build-requests';
import { stateFromStored, storedFromState } from './builder-state';
import type { BuilderState } from './builder-state';
import { readLastState, writeLastState } from './builder-storage';
import { linkChoices, pickChoice } from './link-choices';

export const SAVE_FAILED =
  'Your values on this offer could not be remembered: this browser did not let us store them. They stay only while this page is open.';

interface UseLinkBuilderOptions {
  offer: Parameters<typeof linkChoices>[0] & { readonly id: string };
  links: Parameters<typeof linkChoices>[1];
  request: BuildRequest | null;
  onRequestDone: () => void;
}

/**
 * The builder's state and its transitions: each change applies to the latest state (a
 * functional update), and each edit is remembered for the offer on this device.
 */
export function useLinkBuilder({ offer, links, request, onRequestDone }: UseLinkBuilderOptions) {
  const [model, dispatch] = useReducer(builderReducer, null, () => {
    const stored = stateFromStored(readLastState(offer.id));
    return { state: request === null ? stored : withRequestedLink(stored, request.linkId), edits: 0 };
  });
  const [appliedRequest, setAppliedRequest] = useState(request);
  const idPrefix = useId();
  const rootId = `${idPrefix}-root`;

  // A request while the builder is showing: switch to its link, keeping the values typed.
  if (request !== appliedRequest) {
    setAppliedRequest(request);
    if (request !== null) dispatch({ type: 'request', linkId: request.linkId });
  }

  // Then bring the builder into view from its heading, and put the focus where the
  // sub-ids are typed (focus scrolls further only if that field is still out of view).
  useEffect(() => {
    if (request === null) return;
    const root = document.getElementById(rootId);
    (root?.closest('section') ?? root)?.scrollIntoView({ block: 'start' });
    document.getElementById(slotInputId(idPrefix, 0))?.focus();
    onRequestDone();
  }, [request, rootId, idPrefix, onRequestDone]);

  const saveFailed = useRememberEdits(offer.id, model.state, model.edits);

  const choices = useMemo(() => linkChoices(offer, links), [offer, links]);
  const choice = pickChoice(choices, model.state.linkId);

  function change(update: (current: BuilderState) => BuilderState) {
    dispatch({ type: 'edit', update, choices });
  }

  return { idPrefix, rootId, state: model.state, choices, choice, change, saveFailed };
}

/** Writes the state after each edit; says (and announces once) when the browser refuses. */
function useRememberEdits(offerId: string, state: BuilderState, edits: number): boolean {
  const announce = useAnnounce();
  const written = useRef(0);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    if (edits === written.current) return;
    written.current = edits;
    const saved = writeLastState(offerId, storedFromState(state));
    setSaveFailed(!saved);
  }, [offerId, state, edits]);
  useEffect(() => {
    if (saveFailed) announce(SAVE_FAILED);
  }, [saveFailed, announce]);
  return saveFailed;
}
