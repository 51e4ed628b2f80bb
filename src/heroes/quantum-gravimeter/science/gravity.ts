/**
 * Normal (ellipsoidal) gravity on the WGS84 reference ellipsoid. This is the "expected" g that the
 * atom-interferometer demo converges on; real local gravity differs by anomalies of tens of mGal,
 * which the demo deliberately ignores.
 */

/** WGS84 equatorial normal gravity, m/s². */
export const wgs84EquatorGravityMs2 = 9.7803253359 as const;
/** WGS84 polar normal gravity, m/s². */
export const wgs84PoleGravityMs2 = 9.8321849378 as const;
/** Somigliana constant k = (b·γp)/(a·γe) − 1, dimensionless. */
export const wgs84SomiglianaK = 0.00193185265241 as const;
/** First eccentricity squared of the WGS84 ellipsoid, dimensionless. */
export const wgs84EccentricitySquared = 0.00669437999013 as const;
/** WGS84 semi-major axis, m. */
export const wgs84SemiMajorAxisM = 6378137 as const;
/** WGS84 flattening, dimensionless. */
export const wgs84Flattening = 1 / 298.257223563;
/** WGS84 m = ω²a²b/GM, dimensionless. */
export const wgs84GeodeticParameterM = 0.00344978650684 as const;
/** 1 mGal = 1e-5 m/s². */
export const milliGalPerMs2 = 1e5 as const;

/** Somigliana closed-form normal gravity on the ellipsoid surface at geodetic latitude latDeg, m/s². */
export function ellipsoidGravity(latDeg: number): number {
  const sin2 = Math.sin((latDeg * Math.PI) / 180) ** 2;
  return (
    (wgs84EquatorGravityMs2 * (1 + wgs84SomiglianaK * sin2)) / Math.sqrt(1 - wgs84EccentricitySquared * sin2)
  );
}

/**
 * Normal gravity at latitude latDeg and ellipsoidal height heightM, m/s².
 *
 * Uses the second-order WGS84 free-air expansion (NIMA TR8350.2 eq. 4-3) rather than the flat
 * −0.3086 mGal/m gradient: it costs nothing extra, keeps the latitude dependence of the gradient
 * (−0.3083 mGal/m at the equator to −0.3088 at the poles), and stays accurate to ~µGal for the
 * tens-of-metres heights used here, which matters when the demo quotes µGal-level statistics.
 */
export function normalGravity(latDeg: number, heightM = 0): number {
  const sin2 = Math.sin((latDeg * Math.PI) / 180) ** 2;
  const a = wgs84SemiMajorAxisM;
  const f = wgs84Flattening;
  const firstOrder = (2 / a) * (1 + f + wgs84GeodeticParameterM - 2 * f * sin2) * heightM;
  const secondOrder = (3 / (a * a)) * heightM * heightM;
  return ellipsoidGravity(latDeg) * (1 - firstOrder + secondOrder);
}

/** Converts an acceleration in m/s² to milligal (1 Gal = 1 cm/s²). */
export function toMilliGal(ms2: number): number {
  return ms2 * milliGalPerMs2;
}

/** Where the expo is: Hengyang, Hunan (city centre). */
export interface Site {
  /** Display name. */
  name: string;
  /** Geodetic latitude, degrees north. */
  latitudeDeg: number;
  /** Longitude, degrees east (informational; normal gravity does not depend on it). */
  longitudeDeg: number;
  /** Height used for the free-air term, m (orthometric height used as ellipsoidal; the geoid undulation is ignored). */
  elevationM: number;
}

/** Hengyang city-centre latitude, degrees north (≈ 26.89° N). */
export const hengyangLatitudeDeg = 26.89 as const;
/** Hengyang city-centre longitude, degrees east (≈ 112.57° E). */
export const hengyangLongitudeDeg = 112.57 as const;
/** Approximate ground elevation of central Hengyang above sea level, m (Xiang river plain, ~60–70 m). */
export const hengyangElevationM = 65 as const;

/** The expo site used by the gravimeter demo (approximate coordinates, see constants above). */
export const hengyangSite: Site = Object.freeze({
  name: 'Hengyang',
  latitudeDeg: hengyangLatitudeDeg,
  longitudeDeg: hengyangLongitudeDeg,
  elevationM: hengyangElevationM,
});

/** WGS84 normal gravity at the Hengyang site, m/s² (≈ 9.7906). */
export const hengyangNormalGravity: number = normalGravity(hengyangLatitudeDeg, hengyangElevationM);
