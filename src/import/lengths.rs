//! Lengths of time written beside a date or under an employer ("(2 anos 4 meses)", "3 yrs 2
//! mos", "· 1 year"): LinkedIn's exports and many résumés add them. They are neither a name
//! nor a date, and are taken out before entries are read.

/// Whether `word` is a unit of a length of time, in the languages résumés are written in.
pub(super) fn unit(word: &str) -> bool {
    matches!(
        word.to_lowercase().trim_end_matches('.'),
        "year"
            | "years"
            | "yr"
            | "yrs"
            | "month"
            | "months"
            | "mo"
            | "mos"
            | "ano"
            | "anos"
            | "año"
            | "años"
            | "an"
            | "ans"
            | "année"
            | "années"
            | "anno"
            | "anni"
            | "jahr"
            | "jahre"
            | "jahren"
            | "jaar"
            | "jaren"
            | "år"
            | "rok"
            | "roku"
            | "lata"
            | "lat"
            | "год"
            | "года"
            | "лет"
            | "mês"
            | "mes"
            | "meses"
            | "mois"
            | "mese"
            | "mesi"
            | "monat"
            | "monate"
            | "monaten"
            | "maand"
            | "maanden"
            | "månad"
            | "månader"
            | "mån"
            | "miesiąc"
            | "miesiące"
            | "miesięcy"
            | "мес"
            // Abbreviated as a letter ("(1.5г)", "(8м.)", "(2y 3m)").
            | "y"
            | "m"
            | "г"
            | "л"
            | "м"
            | "месяц"
            | "месяца"
            | "месяцев"
    )
}

/// Whether `text` is nothing but a length of time: numbers each followed by a unit, joined
/// by "and" or a comma, in brackets or after a dot ("2 anos 5 meses", "(3 yrs 2 mos)").
pub fn only_length(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | '·'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut pairs = 0;
    let mut i = 0;
    while let Some(word) = words.get(i) {
        if matches!(
            word.to_lowercase().as_str(),
            "and" | "e" | "y" | "et" | "und" | "en" | "och" | "i" | "и" | "-" | "–"
        ) && pairs > 0
        {
            i += 1;
            continue;
        }
        // "2 anos", or "2yrs" written together.
        // "1.5г", "1,5 года": a fraction of a year too.
        let digits: String = word
            .char_indices()
            .take_while(|&(k, c)| c.is_ascii_digit() || (k > 0 && matches!(c, '.' | ',')))
            .map(|(_, c)| c)
            .collect();
        let digits = digits.trim_end_matches(['.', ',']);
        let rest = word.get(digits.len()..).unwrap_or_default();
        if digits.is_empty() || digits.len() > 4 {
            return false;
        }
        if rest.is_empty() && words.get(i + 1).is_some_and(|u| unit(u)) {
            i += 2;
        } else if !rest.is_empty() && unit(rest) {
            i += 1;
        } else {
            return false;
        }
        pairs += 1;
    }
    pairs > 0
}

/// `text` without a length of time at its end, in brackets or after a middle dot ("Jan 2019
/// – Mar 2021 (2 yrs 3 mos)" → "Jan 2019 – Mar 2021").
pub fn without_length(text: &str) -> &str {
    let trimmed = text.trim_end();
    let cut = trimmed
        .strip_suffix(')')
        .and_then(|inner| inner.rfind('('))
        .or_else(|| trimmed.rfind('·'));
    match cut {
        Some(at) if at > 0 && trimmed.get(at..).is_some_and(only_length) => {
            trimmed.get(..at).unwrap_or(trimmed).trim_end()
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_of_time_in_several_languages() {
        assert!(only_length("2 anos 5 meses"));
        assert!(only_length("(3 yrs 2 mos)"));
        assert!(only_length("8 anos 1 mês"));
        assert!(only_length("1 Jahr und 3 Monate"));
        assert!(only_length("10 meses"));
        assert!(!only_length("2 engineers"));
        assert!(!only_length("Radix"));
        assert!(!only_length("2019"));
        assert_eq!(
            without_length("novembro de 2023 - fevereiro de 2026 (2 anos 4 meses)"),
            "novembro de 2023 - fevereiro de 2026"
        );
        assert_eq!(
            without_length("Jan 2019 - Present · 3 yrs 2 mos"),
            "Jan 2019 - Present"
        );
        assert_eq!(without_length("Acme (Berlin)"), "Acme (Berlin)");
        assert_eq!(
            without_length("Январь 2024 — настоящее время (1.5г)"),
            "Январь 2024 — настоящее время"
        );
        assert!(only_length("(8м.)"));
        assert!(only_length("2y 3m"));
        assert!(!only_length("(1.5 engineers)"));
    }
}
