import type { LinkChoiceId } from '@/lib/link-ids';
import type { BuilderState } from './builder-state';
import { pickChoice } from './link-choices';
import type { LinkChoice } from './link-choices';

/** The builder's state, and how many edits the user made (each is remembered). */
export interface BuilderModel {
  readonly state: BuilderState;
  readonly edits: number;
}

export type BuilderAction =
  /** A change the user made, applied to the latest state. */
  | {
      readonly type: 'edit';
      readonly update: (current: BuilderState) => BuilderState;
      /** The links on offer when the change was made. */
      readonly choices: readonly LinkChoice[];
    }
  /** "Add sub-ids to …": switch to that link, which brings its own naming. */
  | { readonly type: 'request'; readonly linkId: LinkChoiceId };

/** The state switched to a requested link; the naming belongs to the link, so it starts from the link's own. */
export function withRequestedLink(state: BuilderState, linkId: LinkChoiceId): BuilderState {
  return { ...state, linkId, platform: null };
}

export function builderReducer(model: BuilderModel, action: BuilderAction): BuilderModel {
  switch (action.type) {
    case 'request':
      return { ...model, state: withRequestedLink(model.state, action.linkId) };
    case 'edit': {
      const current = model.state;
      const updated = action.update(current);
      // What you see is what you build: once edited, the link shown stays, even when the
      // remembered one (or the main link) turns up later with the affiliate links.
      const shown = pickChoice(action.choices, current.linkId);
      const state =
        updated.linkId === current.linkId && shown !== undefined ? { ...updated, linkId: shown.id } : updated;
      return { state, edits: model.edits + 1 };
    }
  }
}
