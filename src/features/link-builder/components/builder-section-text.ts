/** The builder section's heading and description, the same before and after its code loads. */
export const BUILDER_SECTION = {
  title: 'Link builder',
  description: 'Add your sub-ids to a tracking link, check it fits an SMS, and copy it.',
} as const;
