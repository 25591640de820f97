//! Whether a piece of an entry's header names a place ("Denver, CO", "Berlin (Remote)",
//! "Via Roma 2, 21047 Saronno") rather than an organisation or a role.

use super::cue_words::{ORG_WORDS, score, words_of};

/// Words that say a part is a place.
pub(super) fn is_place(part: &str) -> bool {
    // "Harbor & Pine (Remote)" is a name with its place in brackets, "Berlin (Remote)" a place.
    let trimmed = part.split('(').next().unwrap_or(part).trim();
    let w = words_of(trimmed);
    if w.is_empty() {
        return false;
    }
    if a_city(trimmed) && score(trimmed, ORG_WORDS) == 0 {
        return true;
    }
    // "Ho Chi Minh City, Vietnam": a city, then its region or country, however many words.
    if let Some((city, rest)) = trimmed.split_once(',')
        && a_city(city.trim())
        && score(city, ORG_WORDS) == 0
        && rest.split(',').all(|p| !p.trim().is_empty() && is_place(p))
    {
        return true;
    }
    // A US state's postal code, written as one ("Denver, CO"; "Acme Co" is a company).
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    ];
    // After a comma, or alone: "WIDGET BANK & CO." is a company.
    let code = match trimmed.rsplit_once(',') {
        Some((_, code)) => code.trim(),
        None => trimmed,
    };
    if STATES.contains(&code.trim_end_matches('.')) && w.len() <= 3 {
        return true;
    }
    const PLACES: &[&str] = &[
        "remote",
        "hybrid",
        "onsite",
        "远程",
        "遠端",
        "リモート",
        "원격",
        // Ways of working and countries in the languages résumés are written in.
        "remoto",
        "remota",
        "híbrido",
        "hibrido",
        "presencial",
        "télétravail",
        "teletrabajo",
        "hybride",
        "zdalnie",
        "удаленно",
        "удалённо",
        "brasil",
        "españa",
        "méxico",
        "deutschland",
        "italia",
        "polska",
        "россия",
        "österreich",
        "schweiz",
        "suisse",
        "nederland",
        "sverige",
        "usa",
        "us",
        "uk",
        "india",
        "germany",
        "france",
        "canada",
        "china",
        "japan",
        "spain",
        "italy",
        "netherlands",
        "brazil",
        "australia",
        "singapore",
        "switzerland",
        "sweden",
        "poland",
        "israel",
        "ireland",
        "russia",
        "ukraine",
        "romania",
        "portugal",
        "mexico",
        "korea",
        "taiwan",
        "austria",
        "belgium",
        "denmark",
        "norway",
        "finland",
        "turkey",
        "egypt",
        "nigeria",
        "kenya",
        "pakistan",
        "bangladesh",
        "vietnam",
        "indonesia",
        "philippines",
        "argentina",
        "chile",
        "colombia",
        "california",
        "texas",
        "york",
        "london",
        "berlin",
        "paris",
        "area",
        "bay",
        "worldwide",
        "dc",
        "ny",
        "ca",
        "iran",
        "iraq",
        "saudi",
        "emirates",
        "uae",
        "qatar",
        "greece",
        "hungary",
        "czechia",
        "czech",
        "slovakia",
        "serbia",
        "croatia",
        "bulgaria",
        "lithuania",
        "latvia",
        "estonia",
        "malaysia",
        "thailand",
        "zealand",
        "africa",
        "peru",
        "uruguay",
        "venezuela",
        "ecuador",
        "morocco",
        "tunisia",
        "ghana",
        "ethiopia",
        "lebanon",
        "jordan",
        "lanka",
        "nepal",
        "hong",
        "kong",
        "belarus",
        "kazakhstan",
        "armenia",
        "luxembourg",
        "iceland",
        "scotland",
        "england",
        "wales",
        "massachusetts",
        "illinois",
        "florida",
        "ontario",
        "quebec",
        "virginia",
        "carolina",
        "jersey",
        "pennsylvania",
        "ohio",
        "michigan",
        "colorado",
        "oregon",
        "arizona",
        "georgia",
        "minnesota",
        "utah",
        "karnataka",
        "maharashtra",
        "bengaluru",
        "bangalore",
        "mumbai",
        "delhi",
        "hyderabad",
        "pune",
        "chennai",
        "tehran",
        "moscow",
        "kyiv",
        "tokyo",
        "beijing",
        "shanghai",
        "shenzhen",
        "seoul",
        "amsterdam",
        "munich",
        "hamburg",
        "zurich",
        "vienna",
        "dublin",
        "madrid",
        "barcelona",
        "lisbon",
        "stockholm",
        "copenhagen",
        "oslo",
        "helsinki",
        "warsaw",
        "prague",
        "budapest",
        "istanbul",
        "cairo",
        "lagos",
        "nairobi",
        "toronto",
        "vancouver",
        "montreal",
        "seattle",
        "boston",
        "chicago",
        "austin",
        "denver",
        "atlanta",
        "sydney",
        "melbourne",
    ];
    // A street address ("Via Pietro Bembo 36a", "12 Baker Street") or a postcode before a
    // city ("00168 Roma"): a place, never an organisation.
    const STREETS: &[&str] = &[
        "via",
        "rue",
        "calle",
        "avenida",
        "rua",
        "straße",
        "strasse",
        "str",
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "platz",
        "weg",
        "viale",
        "piazza",
        "corso",
    ];
    let has_number = w
        .iter()
        .any(|x| x.chars().next().is_some_and(|c| c.is_ascii_digit()));
    let street = has_number && w.iter().any(|x| STREETS.contains(&x.as_str()));
    let postcode = w.first().is_some_and(|first| {
        (4..=5).contains(&first.len()) && first.chars().all(|c| c.is_ascii_digit())
    }) && w.len() >= 2
        && w.len() <= 4;
    if street || postcode {
        return true;
    }
    // "CA", "NY": a two-letter capitalised code; but "AG", "BV", "KG" are legal forms
    // ("Kestrel Robotics AG"), and no state's or province's code.
    let code = trimmed.len() == 2
        && trimmed.chars().all(|c| c.is_ascii_uppercase())
        && !["AG", "BV", "KG", "OY", "SL", "AS", "SE"].contains(&trimmed);
    // "University of Massachusetts", "State of Oregon": a name that holds a place.
    let named = w.iter().any(|x| x == "of") || score(trimmed, ORG_WORDS) > 0;
    // A name before a place's name is an organisation's branch ("Siemens France", "Google
    // India"), unless it is a place's own first word ("New York", "Bay Area", "Sri Lanka").
    const PLACE_STARTS: &[&str] = &[
        "new", "north", "south", "east", "west", "central", "united", "greater", "upper", "lower",
        "northern", "southern", "eastern", "western", "sri", "saudi", "czech", "the", "san",
        "santa", "los", "las", "tel", "rio", "são", "sao", "st", "saint", "hong", "bay",
    ];
    let branch = w.len() >= 2
        && !trimmed.contains(',')
        && w.first().is_some_and(|first| {
            !PLACES.contains(&first.as_str()) && !PLACE_STARTS.contains(&first.as_str())
        });
    // A place's last word names it: "New York", "Bay Area", but not "Massachusetts Daily
    // Collegian".
    code || (w.len() <= 3
        && !named
        && !branch
        && w.last().is_some_and(|x| {
            PLACES.contains(&x.as_str()) || PLACES.contains(&without_accents(x).as_str())
        }))
}

/// The names of the world's cities of 15,000 people or more (GeoNames, made by
/// `bench/corpus/make_places.py`), lower-case without accents.
static CITIES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../assets/places/cities.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .collect()
    });

/// Whether `text` is a city's name ("Essen", "Wrocław", "San Francisco", "München").
pub(super) fn a_city(text: &str) -> bool {
    let name: Vec<String> = text
        .split_whitespace()
        .map(|w| without_accents(&w.to_lowercase()))
        .collect();
    CITIES.contains(name.join(" ").as_str())
}

/// `word` without its letters' accents ("zürich" → "zurich", "méxico" → "mexico"), as the
/// list of places spells most names once.
fn without_accents(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_known_with_or_without_its_accents() {
        assert!(is_place("Zürich"));
        assert!(is_place("Zurich"));
        assert!(!is_place("Zürcher Kantonalbank"));
    }

    /// GeoNames' cities, by any of their names (development rounds 14–16: "Essen", "Lyon",
    /// "Wrocław", "San Francisco", "Moscou"); a company named like a city's word is not one.
    #[test]
    fn the_worlds_cities_are_places() {
        for city in [
            "Essen",
            "Lyon",
            "Wrocław",
            "San Francisco",
            "Moscou",
            "München",
            "北京市",
            "Ho Chi Minh City, Vietnam",
        ] {
            assert!(is_place(city), "{city}");
        }
        for name in ["Orange", "Kestrel Foods", "Lyon Consulting", "Mobile"] {
            assert!(!is_place(name), "{name}");
        }
    }
}
