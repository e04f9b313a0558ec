//! Where the incident happened: a point inside Indonesia.

use serde::{Deserialize, Serialize};

use super::field::ErrorCode;

/// The southernmost latitude accepted. Indonesia's extreme points are Pulau Rondo (6°04′N, north),
/// Pulau Ndana / Pamana (about 11°00′S, south), Pulau Benggala (95°E, west) and the Papua New Guinea
/// border near Sota, Merauke (141°01′E, east) — the figures the Badan Informasi Geospasial cites.
/// The box adds about 0.1° (≈ 11 km) of sea on each side. It is a sanity check, not a border: it
/// also holds parts of Malaysia, Timor-Leste and Papua New Guinea.
pub const MIN_LATITUDE: f64 = -11.1;
/// The northernmost latitude accepted; see [`MIN_LATITUDE`].
pub const MAX_LATITUDE: f64 = 6.1;
/// The westernmost longitude accepted; see [`MIN_LATITUDE`].
pub const MIN_LONGITUDE: f64 = 94.7;
/// The easternmost longitude accepted; see [`MIN_LATITUDE`].
pub const MAX_LONGITUDE: f64 = 141.1;
/// Mean Earth radius in metres (IUGG).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A point (WGS 84 degrees) inside Indonesia's bounding box.
///
/// Personal data: a reporter's exact location can reveal their home, so `Debug` rounds it to
/// 0.1° (about 11 km).
#[derive(Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawPoint", into = "RawPoint")]
pub struct GeoPoint {
    latitude: f64,
    longitude: f64,
}

/// The serialised form of a [`GeoPoint`], checked again on the way in.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct RawPoint {
    latitude: f64,
    longitude: f64,
}

impl GeoPoint {
    /// A point from numbers.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidCoordinate`] for NaN or infinity, [`ErrorCode::OutsideIndonesia`] for a
    /// point outside the bounding box.
    pub fn new(latitude: f64, longitude: f64) -> Result<GeoPoint, ErrorCode> {
        if !(latitude.is_finite() && longitude.is_finite()) {
            return Err(ErrorCode::InvalidCoordinate);
        }
        let inside = (MIN_LATITUDE..=MAX_LATITUDE).contains(&latitude)
            && (MIN_LONGITUDE..=MAX_LONGITUDE).contains(&longitude);
        if !inside {
            return Err(ErrorCode::OutsideIndonesia);
        }
        // -0.0 and 0.0 are the same place; keep one so a round trip through text is exact.
        Ok(GeoPoint {
            latitude: latitude + 0.0,
            longitude: longitude + 0.0,
        })
    }

    /// Parses the latitude and longitude as typed or as filled in by the map. Both are trimmed;
    /// a decimal comma (`-7,25`, as Indonesian keyboards write it) is read as a point.
    ///
    /// # Errors
    /// [`ErrorCode::Required`] when either is empty, [`ErrorCode::InvalidCoordinate`] when either
    /// is not a decimal number, else the errors of [`GeoPoint::new`].
    pub fn parse(latitude: &str, longitude: &str) -> Result<GeoPoint, ErrorCode> {
        let (latitude, longitude) = (latitude.trim(), longitude.trim());
        if latitude.is_empty() || longitude.is_empty() {
            return Err(ErrorCode::Required);
        }
        GeoPoint::new(parse_degrees(latitude)?, parse_degrees(longitude)?)
    }

    /// The latitude in degrees, negative south of the equator.
    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    /// The longitude in degrees, east of Greenwich.
    pub fn longitude(&self) -> f64 {
        self.longitude
    }

    /// The great-circle distance to `other` in metres (haversine, mean Earth radius): good to a
    /// few metres at the distances a desk compares (hundreds of metres).
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.longitude - self.longitude).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    /// Of `places` (each with its point), the one nearest this point, if within `within_m`
    /// metres: how a complaint is counted in a district (by the district's centroid).
    pub fn nearest<'a, T>(
        &self,
        places: impl IntoIterator<Item = (&'a T, GeoPoint)>,
        within_m: f64,
    ) -> Option<&'a T> {
        places
            .into_iter()
            .map(|(place, point)| (place, self.distance_m(&point)))
            .filter(|(_, distance)| *distance <= within_m)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(place, _)| place)
    }

    /// The latitude and longitude ranges that hold every point within `radius_m` of this one
    /// (a cheap pre-filter before [`GeoPoint::distance_m`]): `(min_lat, max_lat, min_lon, max_lon)`.
    pub fn bounding_box(&self, radius_m: f64) -> (f64, f64, f64, f64) {
        let d_lat = (radius_m / EARTH_RADIUS_M).to_degrees();
        // Indonesia lies within 11° of the equator: the cosine never nears zero.
        let d_lon = d_lat / self.latitude.to_radians().cos();
        (
            self.latitude - d_lat,
            self.latitude + d_lat,
            self.longitude - d_lon,
            self.longitude + d_lon,
        )
    }

    /// The place an anonymised complaint keeps instead of this one: the centroid of its
    /// `district` to 0.01°, as the public feed gives a place, else this point to 0.1° (about
    /// 11 km). Enough to count it on a map of the regency, never enough to find a house.
    pub fn anonymised(&self, district: Option<GeoPoint>) -> GeoPoint {
        let (point, step) = match district {
            Some(centroid) => (centroid, 100.0),
            None => (*self, 10.0),
        };
        let round = |degrees: f64| (degrees * step).round() / step + 0.0;
        // Rounding never leaves the box: its bounds are themselves multiples of 0.1°.
        GeoPoint {
            latitude: round(point.latitude),
            longitude: round(point.longitude),
        }
    }
}

impl std::fmt::Debug for GeoPoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GeoPoint(≈{:.1}, {:.1})", self.latitude, self.longitude)
    }
}

/// A decimal number of degrees: digits, one optional sign and one decimal point or comma. No
/// exponents, `inf` or `NaN`, which `f64::from_str` would otherwise accept.
fn parse_degrees(text: &str) -> Result<f64, ErrorCode> {
    let text = text.replace(',', ".");
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(&text);
    let well_formed = unsigned.chars().any(|c| c.is_ascii_digit())
        && unsigned.chars().all(|c| c.is_ascii_digit() || c == '.')
        && unsigned.matches('.').count() <= 1;
    if !well_formed {
        return Err(ErrorCode::InvalidCoordinate);
    }
    text.parse().map_err(|_| ErrorCode::InvalidCoordinate)
}

impl TryFrom<RawPoint> for GeoPoint {
    type Error = ErrorCode;

    fn try_from(raw: RawPoint) -> Result<GeoPoint, ErrorCode> {
        GeoPoint::new(raw.latitude, raw.longitude)
    }
}

impl From<GeoPoint> for RawPoint {
    fn from(point: GeoPoint) -> RawPoint {
        RawPoint {
            latitude: point.latitude,
            longitude: point.longitude,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn surabaya_city_hall_is_inside_indonesia() {
        let point = GeoPoint::parse(" -7.2575 ", "112.7521").expect("inside");
        assert_eq!((point.latitude(), point.longitude()), (-7.2575, 112.7521));
    }

    #[test]
    fn an_anonymised_place_is_the_district_or_a_tenth_of_a_degree() {
        let home = GeoPoint::new(-8.05064, 111.71234).unwrap();
        let district = GeoPoint::new(-8.05123, 111.70877).unwrap();
        let kept = home.anonymised(Some(district));
        assert_eq!((kept.latitude(), kept.longitude()), (-8.05, 111.71));
        let kept = home.anonymised(None);
        assert_eq!((kept.latitude(), kept.longitude()), (-8.1, 111.7));
        assert!(home.distance_m(&kept) > 1_000.0);
    }

    #[test]
    fn a_decimal_comma_is_accepted() {
        assert_eq!(
            GeoPoint::parse("-7,2575", "112,7521"),
            GeoPoint::new(-7.2575, 112.7521)
        );
    }

    #[test]
    fn the_extreme_points_of_indonesia_are_inside() {
        for (latitude, longitude) in [(6.07, 95.1), (-11.0, 122.8), (5.9, 95.0), (-9.1, 141.02)] {
            assert!(
                GeoPoint::new(latitude, longitude).is_ok(),
                "{latitude}, {longitude}"
            );
        }
    }

    #[test]
    fn singapore_latitude_with_a_london_longitude_is_outside() {
        assert_eq!(
            GeoPoint::parse("1.35", "-0.12"),
            Err(ErrorCode::OutsideIndonesia)
        );
        assert_eq!(
            GeoPoint::parse("-33.86", "151.2"),
            Err(ErrorCode::OutsideIndonesia)
        );
    }

    #[test]
    fn a_missing_coordinate_is_required() {
        assert_eq!(GeoPoint::parse("-7.25", " "), Err(ErrorCode::Required));
        assert_eq!(GeoPoint::parse("", "112.75"), Err(ErrorCode::Required));
    }

    #[test]
    fn words_exponents_and_infinities_are_not_numbers() {
        for bad in ["Surabaya", "NaN", "inf", "-7e0", "1.2.3", "-", ".", "--7"] {
            assert_eq!(
                GeoPoint::parse(bad, "112.75"),
                Err(ErrorCode::InvalidCoordinate),
                "{bad}"
            );
        }
        assert_eq!(
            GeoPoint::new(f64::NAN, 112.0),
            Err(ErrorCode::InvalidCoordinate)
        );
    }

    #[test]
    fn debug_rounds_the_point_to_a_tenth_of_a_degree() {
        let point = GeoPoint::new(-7.2575, 112.7521).expect("inside");
        assert_eq!(format!("{point:?}"), "GeoPoint(≈-7.3, 112.8)");
    }

    #[test]
    fn distances_match_known_ones() {
        // Trenggalek's alun-alun to a point 250 m north: 0.002248° of latitude.
        let square = GeoPoint::new(-8.0506, 111.7087).unwrap();
        let north = GeoPoint::new(-8.0506 + 0.002_248, 111.7087).unwrap();
        assert!((square.distance_m(&north) - 250.0).abs() < 1.0);
        // Jakarta (Monas) to Surabaya (Tugu Pahlawan): about 663 km.
        let monas = GeoPoint::new(-6.1754, 106.8272).unwrap();
        let tugu = GeoPoint::new(-7.2458, 112.7378).unwrap();
        assert!((square.distance_m(&square)).abs() < 1e-6);
        assert!((monas.distance_m(&tugu) / 1000.0 - 663.0).abs() < 5.0);
    }

    proptest! {
        #[test]
        fn the_bounding_box_holds_every_point_within_its_radius(
            lat in -11.0f64..6.0, lon in 95.0f64..141.0,
            bearing in 0.0f64..std::f64::consts::TAU, fraction in 0.0f64..0.999,
        ) {
            let centre = GeoPoint::new(lat, lon).unwrap();
            let radius = 250.0;
            // A point at `fraction` of the radius in direction `bearing` (flat approximation,
            // then checked with the real distance).
            let d_lat = (radius * fraction * bearing.cos() / EARTH_RADIUS_M).to_degrees();
            let d_lon = (radius * fraction * bearing.sin() / EARTH_RADIUS_M).to_degrees()
                / lat.to_radians().cos();
            let point = GeoPoint { latitude: lat + d_lat, longitude: lon + d_lon };
            prop_assume!(centre.distance_m(&point) <= radius);
            let (min_lat, max_lat, min_lon, max_lon) = centre.bounding_box(radius);
            prop_assert!((min_lat..=max_lat).contains(&point.latitude()));
            prop_assert!((min_lon..=max_lon).contains(&point.longitude()));
        }

        #[test]
        fn parsing_never_panics(latitude in any::<String>(), longitude in any::<String>()) {
            let _ = GeoPoint::parse(&latitude, &longitude);
        }

        #[test]
        fn a_point_round_trips_through_its_text(
            latitude in MIN_LATITUDE..=MAX_LATITUDE,
            longitude in MIN_LONGITUDE..=MAX_LONGITUDE,
        ) {
            let point = GeoPoint::new(latitude, longitude).expect("inside the box");
            let again = GeoPoint::parse(&point.latitude().to_string(), &point.longitude().to_string());
            prop_assert_eq!(again, Ok(point));
        }
    }

    #[test]
    fn the_nearest_place_within_reach_is_chosen() {
        let pogalan = GeoPoint::new(-8.09, 111.76).unwrap();
        let town = GeoPoint::new(-8.05, 111.71).unwrap();
        let places = [("pogalan", pogalan), ("trenggalek", town)];
        let near_town = GeoPoint::new(-8.052, 111.715).unwrap();
        let found = near_town.nearest(places.iter().map(|(name, point)| (name, *point)), 15_000.0);
        assert_eq!(found, Some(&"trenggalek"));
        let far = GeoPoint::new(-7.25, 112.75).unwrap();
        assert_eq!(
            far.nearest(places.iter().map(|(name, point)| (name, *point)), 15_000.0),
            None
        );
    }
}
