import { landingLinkId, onBuildRequest, requestBuild } from './build-requests';

describe('build requests', () => {
  it('reaches every listener while it listens, and says whether anyone did', () => {
    const heard: string[] = [];
    expect(requestBuild('main')).toBe(false);
    const stop = onBuildRequest((linkId) => heard.push(linkId));
    expect(requestBuild(landingLinkId('Offer URL “360”'))).toBe(true);
    stop();
    expect(requestBuild('offer')).toBe(false);
    expect(heard).toEqual(['landing:Offer URL “360”']);
  });
});
