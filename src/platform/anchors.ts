/** World positions (metres) of named things the test hook can project to the screen: zones, exhibits, parts. */
export const anchors = new Map<string, readonly [number, number, number]>();
