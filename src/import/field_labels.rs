//! Fields a résumé labels as what they are ("Position: Data Scientist, Acme", "Employer:
//! Acme"), in the languages résumés are written in: the entry reader
//! ([`super::entries`]) takes them as an entry's header, whatever stands above the date.

/// Marks a header fragment known to be the organisation (an outer list item, a labelled
/// employer); the header reader ([`super::cues`]) takes it as one.
pub const ORG_MARK: char = '\u{1}';

/// Labels a résumé writes before a role or an organisation ("Position:", "Employer:").
const ROLE_LABELS: &[&str] = &[
    "position",
    "role",
    "title",
    "job title",
    "position held",
    "poste",
    "funktion",
    "position/title",
    "cargo",
    "puesto",
    "stanowisko",
    "functie",
    "befattning",
    "ruolo",
    "função",
    // Chinese, Japanese and Korean ("职位", "役職", "직위").
    "职位",
    "職位",
    "职务",
    "職務",
    "岗位",
    "崗位",
    "役職",
    "役割",
    "직위",
    "직책",
];
const ORG_LABELS: &[&str] = &[
    "employer",
    "company",
    "organisation",
    "organization",
    "client",
    "arbeitgeber",
    "firma",
    "entreprise",
    "empresa",
    "unternehmen",
    "pracodawca",
    "werkgever",
    "arbetsgivare",
    "azienda",
    "empregador",
    "empleador",
    // "Institución: Facultad de Ingeniería" under a job's role.
    "institución",
    "institucion",
    "institution",
    "instituição",
    "istituzione",
    // Chinese, Japanese and Korean ("公司", "勤務先", "회사").
    "公司",
    "公司名称",
    "单位",
    "工作单位",
    "單位",
    "企业",
    "会社",
    "会社名",
    "勤務先",
    "회사",
    "회사명",
    "직장",
];

/// What a block labels as a role or an organisation ("Position: | Data Scientist, Acme",
/// "Employer: Acme"), if it is such a label: the role and the organisation as header
/// fragments (an organisation marked as one, [`ORG_MARK`]). A role label's
/// text names the organisation last ("Senior Data Scientist, Trust and Risk, PwC"), after a
/// dash if it has one. A label standing alone gives an empty text, for the lines under it.
pub fn labelled_field(parts: &[String]) -> Option<Vec<String>> {
    let text = parts.join(" ");
    // A label as a line of its own without its colon ("*** 公司" over the name), as an
    // outline or a table sets it.
    let bare = text.trim().to_lowercase();
    let (label, value) = text.split_once([':', '：']).or_else(|| {
        (ORG_LABELS.contains(&bare.as_str()) || ROLE_LABELS.contains(&bare.as_str()))
            .then_some((text.as_str(), ""))
    })?;
    let label = label.trim().to_lowercase();
    let value = value.trim();
    if value.split_whitespace().count() > 16 && parts.len() < 3 {
        return None;
    }
    let org = |name: &str| format!("{}{}", ORG_MARK, name.trim());
    if ORG_LABELS.contains(&label.as_str()) {
        return Some(if value.is_empty() {
            Vec::new()
        } else {
            vec![org(value)]
        });
    }
    if !ROLE_LABELS.contains(&label.as_str()) {
        return None;
    }
    if value.is_empty() {
        return Some(Vec::new());
    }
    // The label in a cell of its own and the role and organisation in the cells after it
    // ("Position: | Executive Advisor | Bureau of Research, Department of Communications").
    if let [first, role, names @ ..] = parts
        && first.trim().ends_with(':')
        && !names.is_empty()
    {
        let mut fields = vec![role.trim().to_owned()];
        fields.extend(names.iter().map(|name| org(name)));
        return Some(fields);
    }
    let split = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| value.split_once(dash))
        .or_else(|| value.rsplit_once(','));
    Some(match split {
        Some((role, name)) if !role.trim().is_empty() && !name.trim().is_empty() => {
            vec![role.trim().to_owned(), org(name)]
        }
        _ => vec![value.to_owned()],
    })
}

/// Whether a line is an organisation's label alone ("Employer:", "公司").
pub fn labels_an_org(text: &str) -> bool {
    ORG_LABELS.contains(&as_label(text).as_str())
}

/// A line as a label is compared: lower case, without its colon.
fn as_label(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase()
}

/// Labels of an entry's period, as a table's column headings write them.
const PERIOD_LABELS: &[&str] = &[
    "period",
    "dates",
    "date",
    "duration",
    "zeitraum",
    "dauer",
    "datum",
    "période",
    "periode",
    "periodo",
    "período",
    "fecha",
    "fechas",
    "data",
    "okres",
    "期間",
    "在籍期間",
    "期间",
    "时间",
    "時間",
    "기간",
];

/// Whether a name is only a field's label: a table's column heading ("Position", "Zeitraum",
/// "期間", "役割") read as an entry's name.
pub fn names_a_field(text: &str) -> bool {
    let label = as_label(text);
    ROLE_LABELS.contains(&label.as_str())
        || ORG_LABELS.contains(&label.as_str())
        || PERIOD_LABELS.contains(&label.as_str())
}

/// A role labelled in brackets inside a header ("众鼎信息科技厅 (职位-主理)", "Acme (Position:
/// Engineer)"): the text without the brackets, and the role.
pub fn bracketed_role(text: &str) -> Option<(String, String)> {
    let open = text.find(['(', '（'])?;
    let inner_start = open + text.get(open..)?.chars().next()?.len_utf8();
    let close = inner_start + text.get(inner_start..)?.find([')', '）'])?;
    let inner = text.get(inner_start..close)?.trim();
    let (label, role) = inner.split_once([':', '：', '-', '—', '–'])?;
    let label = label.trim().to_lowercase();
    let role = role.trim();
    if !ROLE_LABELS.contains(&label.as_str()) || role.is_empty() {
        return None;
    }
    let after = close + text.get(close..)?.chars().next()?.len_utf8();
    let rest = format!(
        "{} {}",
        text.get(..open).unwrap_or_default().trim_end(),
        text.get(after..).unwrap_or_default().trim_start()
    );
    Some((rest.trim().to_owned(), role.to_owned()))
}

/// The whole text a role label labels ("Stanowisko: Web Developer, Designer" is "Web
/// Developer, Designer"), for an entry whose organisation is named elsewhere.
pub fn labelled_role(parts: &[String]) -> Option<String> {
    let text = parts.join(" ");
    let (label, value) = text.split_once(':')?;
    let value = value.trim();
    (ROLE_LABELS.contains(&label.trim().to_lowercase().as_str()) && !value.is_empty())
        .then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_labelled_in_brackets() {
        assert_eq!(
            bracketed_role("山东尼诺智能科技有限公司 (职位-技术总监) (2021/11---N)"),
            Some((
                "山东尼诺智能科技有限公司 (2021/11---N)".to_owned(),
                "技术总监".to_owned()
            ))
        );
        assert_eq!(
            bracketed_role("Contoso (Position: Engineer)"),
            Some(("Contoso".to_owned(), "Engineer".to_owned()))
        );
        assert_eq!(bracketed_role("Contoso (Berlin - Mitte)"), None);
    }

    #[test]
    fn labelled_fields() {
        let parts = |texts: &[&str]| texts.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
        let mark = super::ORG_MARK;
        assert_eq!(
            labelled_field(&parts(&[
                "Position:",
                "Senior Data Scientist, Trust and Risk, PwC"
            ])),
            Some(vec![
                "Senior Data Scientist, Trust and Risk".to_owned(),
                format!("{mark}PwC")
            ])
        );
        assert_eq!(
            labelled_field(&parts(&[
                "Position: Manager, Statistics – Department of Energy, and Tourism"
            ])),
            Some(vec![
                "Manager, Statistics".to_owned(),
                format!("{mark}Department of Energy, and Tourism")
            ])
        );
        assert_eq!(
            labelled_field(&parts(&["Employer: Acme Corp"])),
            Some(vec![format!("{mark}Acme Corp")])
        );
        assert_eq!(labelled_field(&parts(&["Position:"])), Some(Vec::new()));
        assert_eq!(
            labelled_field(&parts(&["Synopsis:", "Built things."])),
            None
        );
    }
}
