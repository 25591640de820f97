//! The words of dates in the languages résumés are written in: month names, seasons, the
//! words that leave a range running ("Present", "heute", "in corso") and those that open one
//! ("since", "seit"). The date reader ([`super::dates`]) finds dates with them.

/// The month a whole word names (English, plus a few common European spellings), 1–12.
pub fn month(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    const NAMES: [&[&str]; 12] = [
        &["jan", "january", "janvier", "januar", "enero", "janeiro"],
        &[
            "feb",
            "february",
            "février",
            "fevrier",
            "februar",
            "febrero",
            "fevereiro",
        ],
        &["mar", "march", "mars", "märz", "marzo", "março"],
        &["apr", "april", "avril", "abril"],
        &["may", "mai", "mayo", "maio"],
        &["jun", "june", "juin", "juni", "junio", "junho"],
        &["jul", "july", "juillet", "juli", "julio", "julho"],
        &["aug", "august", "août", "aout", "agosto"],
        &[
            "sep",
            "sept",
            "september",
            "septembre",
            "septiembre",
            "setembro",
        ],
        &["oct", "october", "octobre", "oktober", "octubre", "outubro"],
        &["nov", "november", "novembre", "noviembre", "novembro"],
        &[
            "dec",
            "december",
            "décembre",
            "decembre",
            "dezember",
            "diciembre",
            "dezembro",
        ],
    ];
    // Abbreviations in French, German and Spanish, Italian and Dutch names, Russian and
    // Polish names (nominative and genitive: "Июль 2023", "с июля 2023", "od marca 2020"),
    // Scandinavian ones.
    const MORE: [&[&str]; 12] = [
        &[
            "janv",
            "ene",
            "gennaio",
            "gen",
            "januari",
            "январь",
            "января",
            "янв",
            "styczeń",
            "stycznia",
            "sty",
        ],
        &[
            "fév",
            "fev",
            "févr",
            "fevr",
            "febbraio",
            "februari",
            "февраль",
            "февраля",
            "фев",
            "luty",
            "lutego",
            "lut",
        ],
        &[
            "mär",
            "maart",
            "mrt",
            "март",
            "марта",
            "мар",
            "marzec",
            "marca",
            "marts",
        ],
        &[
            "avr",
            "abr",
            "aprile",
            "апрель",
            "апреля",
            "апр",
            "kwiecień",
            "kwietnia",
            "kwi",
        ],
        &["maggio", "mag", "mei", "май", "мая", "maj", "maja"],
        &[
            "juin", "giugno", "giu", "июнь", "июня", "июн", "czerwiec", "czerwca", "cze",
        ],
        &[
            "juil", "luglio", "lug", "июль", "июля", "июл", "lipiec", "lipca", "lip",
        ],
        &[
            "augustus",
            "август",
            "августа",
            "авг",
            "sierpień",
            "sierpnia",
            "sie",
            "augusti",
        ],
        &[
            "sept",
            "settembre",
            "сентябрь",
            "сентября",
            "сен",
            "wrzesień",
            "września",
            "wrz",
        ],
        &[
            "okt",
            "ottobre",
            "ott",
            "октябрь",
            "октября",
            "окт",
            "październik",
            "października",
            "paź",
        ],
        &["ноябрь", "ноября", "ноя", "listopad", "listopada", "lis"],
        &[
            "déc",
            "dez",
            "dic",
            "dicembre",
            "декабрь",
            "декабря",
            "дек",
            "grudzień",
            "grudnia",
            "gru",
        ],
    ];
    // Portuguese abbreviations that are English words too ("set", "out", "ago"): months
    // only when capitalised, as a date writes them ("Set/2021", "Ago 2015").
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    if capitalised {
        match w.as_str() {
            "ago" => return Some(8),
            "set" => return Some(9),
            "out" => return Some(10),
            _ => {}
        }
    }
    NAMES
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .or_else(|| MORE.iter().position(|names| names.contains(&w.as_str())))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The first month of a season, so a season sorts where it starts.
pub fn season(word: &str) -> Option<u8> {
    match word.to_lowercase().as_str() {
        // English, French, German, Spanish, Portuguese and Italian ("Été 2022").
        // Chinese and Japanese after the year ("2022年春").
        "spring" | "printemps" | "frühling" | "frühjahr" | "primavera" | "春" => Some(3),
        "summer" | "été" | "ete" | "sommer" | "verano" | "verão" | "estate" | "夏" => Some(6),
        "fall" | "autumn" | "automne" | "herbst" | "otoño" | "outono" | "autunno" | "秋" => {
            Some(9)
        }
        "winter" | "hiver" | "invierno" | "inverno" | "冬" => Some(12),
        _ => None,
    }
}

/// Words that close a range as still running.
pub fn is_present(word: &str) -> bool {
    matches!(
        word.to_lowercase().replace('’', "'").as_str(),
        "present"
            | "now"
            | "current"
            | "currently"
            | "today"
            | "ongoing"
            | "date"
            // A template's empty end ("05/2021 - None"): no end written.
            | "none"
            | "null"
            | "présent"
            | "heute"
            | "andauernd"
            | "laufend"
            | "aktuell"
            | "actualidad"
            | "actualmente"
            | "atualmente"
            | "aujourd'hui"
            | "oggi"
            | "actual"
            | "atual"
            | "presente"
            | "actuellement"
            | "maintenant"
            | "hoy"
            | "hoje"
            | "attuale"
            | "jetzt"
            | "dato"
            | "heden"
            | "huidig"
            | "obecnie"
            | "nadal"
            | "pågående"
            | "nuvarande"
            | "настоящее"
            | "сейчас"
            // Chinese, Japanese and Korean: "so far", "now", "in post".
            | "迄今"
            | "至今"
            | "現在"
            | "现在"
            | "目前"
            | "現職"
            | "在職中"
            | "현재"
            | "재직중"
    )
}

/// Words that open a range still running from the date after them.
pub fn is_since(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "since" | "seit" | "depuis" | "desde" | "dal" | "sinds" | "с"
    )
}
