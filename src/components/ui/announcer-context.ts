import { createContext, useContext } from 'react';

interface Announcer {
  announce: (message: string) => void;
}

export const AnnouncerContext = createContext<Announcer>({ announce: () => undefined });

export function useAnnounce(): Announcer['announce'] {
  return useContext(AnnouncerContext).announce;
}
