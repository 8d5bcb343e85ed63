// The plan's quality floor: no experience area in common, or a score under the region's floor, is a weak match.
import { DEFAULT_SCORE_FLOOR, weakMatch } from "~/domain/matching/match-quality";

describe("weakMatch", () => {
  const wants = (...ids: number[]) => ({ experienceAreaIds: ids });
  const has = (...ids: number[]) => ({ experienceAreaIds: ids });

  it("calls a match weak when the request asks for areas and the person has none of them, whatever the score", () => {
    expect(weakMatch(has(3), wants(1), 120, DEFAULT_SCORE_FLOOR)).toBe("noExperienceInCommon");
    expect(weakMatch(has(), wants(1, 2), 120, 0)).toBe("noExperienceInCommon");
  });

  it("accepts one area in common, or a request that asks for none", () => {
    expect(weakMatch(has(2, 9), wants(1, 2), 80, DEFAULT_SCORE_FLOOR)).toBeNull();
    expect(weakMatch(has(), wants(), 80, DEFAULT_SCORE_FLOOR)).toBeNull();
  });

  it("calls a score under the floor weak, and one exactly at the floor not", () => {
    expect(weakMatch(has(1), wants(1), 39.99, 40)).toBe("belowFloor");
    expect(weakMatch(has(1), wants(1), 40, 40)).toBeNull();
    expect(weakMatch(has(), wants(), 26.3, 40)).toBe("belowFloor");
  });

  it("lets a floor of 0 accept every match with an area in common", () => {
    expect(weakMatch(has(1), wants(1), 0, 0)).toBeNull();
  });
});
