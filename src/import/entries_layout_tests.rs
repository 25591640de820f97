//! Tests of the entry reader on layouts met in session 16's development rounds: dates beside
//! the line under a header, labels under every job, headings folio does not know, Word
//! tables, slashes and cities, on small invented résumés.

use super::super::blocks::{Block, Kind};
use super::tests::{one, read};

/// Blocks of a PDF-like document: each line's kind, its parts split at three spaces.
pub(super) fn blocks(lines: &[(Kind, &str)]) -> Vec<Block> {
    lines
        .iter()
        .map(|(kind, text)| Block {
            kind: *kind,
            parts: text.split("   ").map(str::to_owned).collect(),
            at: 1,
        })
        .collect()
}

/// (organisation, role) of every position read from `blocks` as a PDF's.
pub(super) fn read_pdf(blocks: &[Block]) -> Vec<(String, String)> {
    super::draft(blocks, "cv.pdf", "PDF")
        .experience
        .into_iter()
        .map(|r| (r.organisation, r.role.unwrap_or_default()))
        .collect()
}

#[test]
fn a_date_beside_the_line_under_a_header_dates_that_header() {
    // The date stands in the right-hand column of the description or first highlight under
    // each header, the way some LaTeX themes set it; the last header wraps onto the date's
    // line.
    let text = "Expériences\n\
                Northwind Traders, Cashier - part time   Lyon, France\n\
                Missions carried out for the shop:   Jan. 2024 – Actuellement\n\
                • Kept the stock up to date ;\n\
                Contoso, DevOps Engineer (2 years)   Paris, France\n\
                • Designed and maintained the build infrastructure   Nov. 2021 – Oct. 2023 with the best tools ;\n\
                • Cut the alert noise.\n\
                Fabrikam Prefecture, Network Technician Intern (1   Rabat, Morocco\n\
                month)   Jan. 2016 – Feb. 2016\n\
                • Planned the addressing.\n";
    let found = read(text);
    assert_eq!(
        found
            .iter()
            .map(|(org, _, start)| (org.as_str(), start.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("Northwind Traders", "2024-01"),
            ("Contoso", "2021-11"),
            ("Fabrikam Prefecture", "2016-01")
        ],
        "{found:?}"
    );
}

#[test]
fn a_long_item_led_by_its_date_is_an_entry() {
    let text = "Work Experience\n\
                - 9/2009 - 6/2010: Editor at the Northwind School Paper\n\
                - 6/2011 - 9/2011: Receptionist at Hotel Contoso, Via Roma 2, 21047 Saronno, Italy, for the summer season.\n\
                Personal Experience\n\
                - 3/2008 - 4/2008: Journalism workshop in Dublin.\n";
    let found = read(text);
    assert_eq!(
        found,
        vec![
            one("Northwind School Paper", "Editor", "2009-09"),
            one("Hotel Contoso", "Receptionist", "2011-06"),
        ],
    );
}

#[test]
fn the_one_unknown_heading_among_known_ones_is_the_missing_job_history() {
    let found =
        |b: &[Block]| -> Vec<String> { read_pdf(b).into_iter().map(|(org, _)| org).collect() };
    // "Tätigkeiten" with its "ti" ligature lost, as a PDF without the glyph's character
    // gives it.
    let cv = blocks(&[
        (Kind::Heading(1), "Ada Example"),
        (Kind::Heading(2), "Studium"),
        (Kind::Paragraph, "10/2010 - 04/2015 Hochschule Nordstadt"),
        (Kind::Heading(2), "Tä gkeiten"),
        (
            Kind::Paragraph,
            "06/2014 - 10/2015 Entwickler, Northwind GmbH",
        ),
        (Kind::Heading(2), "Sprachen"),
        (Kind::Paragraph, "Englisch: fließend"),
    ]);
    assert_eq!(found(&cv), vec!["Northwind GmbH".to_owned()]);
    // Two unknown headings: neither is taken for the job history.
    let two = blocks(&[
        (Kind::Heading(1), "Ada Example"),
        (Kind::Heading(2), "Education"),
        (Kind::Paragraph, "2010 - 2015 Northside University"),
        (Kind::Heading(2), "Campus Involvement"),
        (
            Kind::Paragraph,
            "2014 - 2015 Member, Chess Club Society Inc",
        ),
        (Kind::Heading(2), "Cloud Computing"),
        (Kind::Heading(2), "Skills"),
    ]);
    assert_eq!(found(&two), Vec::<String>::new());
}

#[test]
fn a_label_under_every_job_and_the_organisation_under_a_dated_role_line() {
    let cv = blocks(&[
        (Kind::Heading(3), "Persönliche Daten"),
        (Kind::Heading(3), "Berufserfahrung"),
        (Kind::Paragraph, "02/2022 – heute   Cloud Specialist"),
        (Kind::Paragraph, "Northwind Deutschland GmbH"),
        (Kind::Heading(3), "Tätigkeiten:"),
        (Kind::Paragraph, "Beratung zu Plattformen"),
        (Kind::Heading(3), "Projekte:"),
        (Kind::Paragraph, "Migration nach Azure"),
        (
            Kind::Paragraph,
            "04/2014 – 04/2016   Software-Service, Laborsysteme",
        ),
        (Kind::Paragraph, "Contoso Deutschland GmbH & Co. KG"),
        (Kind::Heading(3), "Tätigkeiten:"),
        (Kind::Paragraph, "Support für das Laborsystem"),
        (Kind::Heading(2), "Studium"),
        (
            Kind::Paragraph,
            "09/2009 – 10/2012   Betriebswirtschaftslehre",
        ),
    ]);
    assert_eq!(
        read_pdf(&cv),
        vec![
            (
                "Northwind Deutschland GmbH".to_owned(),
                "Cloud Specialist".to_owned()
            ),
            (
                "Contoso Deutschland GmbH & Co. KG".to_owned(),
                "Software-Service".to_owned()
            ),
        ]
    );
}

#[test]
fn a_wrapped_description_beside_the_date_and_dates_alone_under_their_headers() {
    let text = "Experience\n\
                Institute for Advanced Study, Professor of Physics   Princeton, NJ\n\
                Teaching at Palmer Physical Laboratory (now Frist Campus Center). While not a   1933 – 1955\n\
                professor at Princeton, I gave lectures on campus.\n\
                Kaiser Wilhelm Institute for Physics, Director   Berlin, Germany\n\
                1917 – 1933\n\
                16 years\n\
                University of Zurich, Associate Professor of Physics   Zurich, Switzerland\n\
                1909 – 1911\n\
                2 years\n";
    assert_eq!(
        read(text)
            .into_iter()
            .map(|(org, _, start)| (org, start))
            .collect::<Vec<_>>(),
        vec![
            ("Institute for Advanced Study".to_owned(), "1933".to_owned()),
            (
                "Kaiser Wilhelm Institute for Physics".to_owned(),
                "1917".to_owned()
            ),
            ("University of Zurich".to_owned(), "1909".to_owned()),
        ]
    );
}

#[test]
fn a_spaced_slash_between_a_role_and_a_name_separates_them() {
    let text = "Expériences Professionnelles\n\
                Chargé de Communication / URPS Pays de la Loire\n\
                Jan 2025 - Jan 2026 / Nantes (44)\n\
                Technical Lead / Solution Architect, Northwind Traders\n\
                Oct 2023 - Sept 2024\n\
                Developer / Gestione applicativa, Contoso S.r.l.\n\
                2020 - 2023\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "URPS Pays de la Loire",
                "Chargé de Communication",
                "2025-01"
            ),
            one(
                "Northwind Traders",
                "Technical Lead / Solution Architect",
                "2023-10"
            ),
            one("Contoso S.r.l.", "Developer / Gestione applicativa", "2020"),
        ]
    );
}

#[test]
fn a_city_run_into_the_name_before_its_country() {
    let text = "Work Experience\n\
                Deputy Director of the Department   2012 - 2014\n\
                Northwindmodernisation Moscow, Russia   Transport\n\
                Senior Architect   2008 - 2012\n\
                Contoso Vostok   Moscow, Russia   Retail\n\
                Analyst   2005 - 2008\n\
                Bank of America   USA\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "Northwindmodernisation",
                "Deputy Director of the Department",
                "2012"
            ),
            one("Contoso Vostok", "Senior Architect", "2008"),
            one("Bank of America", "Analyst", "2005"),
        ]
    );
}

#[test]
fn volunteering_in_french_is_no_job_history() {
    let text = "EXPÉRIENCE PROFESSIONNELLE\n\
                Adjoint administratif   Été 2022\n\
                Northwind Africa Forum\n\
                BÉNÉVOLAT\n\
                Président fondateur   2023 - présent\n\
                Jeunes Alliés de Contoso\n";
    assert_eq!(
        read(text),
        vec![one(
            "Northwind Africa Forum",
            "Adjoint administratif",
            "2022-06"
        )]
    );
}

#[test]
fn a_role_label_under_a_date_line_that_names_the_employer() {
    let text = "Doświadczenie\n\
                05.2019 - obecnie NORTHWIND\n\
                Stanowisko:   Frontend Developer\n\
                04.2015 - 03.2019 CONTOSO SA\n\
                Stanowisko: Web Developer, Designer\n\
                Work Experience\n\
                April 2021 - ongoing (contract)\n\
                Position:   Data Scientist, Department of Agriculture\n";
    assert_eq!(
        read(text),
        vec![
            one("NORTHWIND", "Frontend Developer", "2019-05"),
            one("CONTOSO SA", "Web Developer", "2015-04"),
            // A date line naming no one leaves the label's text whole to read.
            one("Department of Agriculture", "Data Scientist", "2021-04"),
        ]
    );
}

#[test]
fn an_employer_over_its_length_of_service_heads_the_roles_under_it() {
    // LinkedIn's export in Portuguese: the employer, its length of service, then each role
    // with its dates (a month joined to its year by "de"), its length and its place.
    let text = "Experiência\n\
                Northwind\n\
                2 anos 5 meses\n\
                Especialista Técnico\n\
                fevereiro de 2026 - Present (2 meses)\n\
                Lisboa, Portugal\n\
                Construí módulos de pagamento com TypeScript.\n\
                Desenvolvedor\n\
                novembro de 2023 - fevereiro de 2026 (2 anos 4 meses)\n\
                Remoto\n\
                Mantive a plataforma de dados.\n";
    assert_eq!(
        read(text),
        vec![
            one("Northwind", "Especialista Técnico", "2026-02"),
            one("Northwind", "Desenvolvedor", "2023-11"),
        ]
    );
}

#[test]
fn a_date_alone_over_a_paragraph_that_opens_with_its_header() {
    // The employer, a comma and the role make the paragraph's first sentence; the rest
    // describes the job.
    let text = "Experiencia laboral\n\
                01/2016 - presente\n\
                Northwind.com, desarrollador web senior. Construye una aplicación con Flask y Angular para las reparaciones.\n\
                06/2015 - 01/2016\n\
                Ministerio de Transporte de la Provincia de Tarragona, asesor técnico en transporte público. Aplicaciones web de geolocalización.\n\
                Honores\n\
                2001\n\
                Premio a la excelencia académica, otorgado por el banco.\n";
    assert_eq!(
        read(text),
        vec![
            one("Northwind.com", "desarrollador web senior", "2016-01"),
            one(
                "Ministerio de Transporte de la Provincia de Tarragona",
                "asesor técnico en transporte público",
                "2015-06"
            ),
        ]
    );
}

#[test]
fn a_degree_in_another_language_is_no_position() {
    // Degrees listed among the jobs, named in Portuguese and German.
    let text = "Experiência\n\
                DESENVOLVEDOR SOFTWARE Set/2021 – atual\n\
                Northwind\n\
                BACHARELADO EM ENGENHARIA DE SOFTWARE 2019 – 2023\n\
                Studium Technischer Informatik, Hochschule Nordstadt   10/2016 – 09/2019\n";
    assert_eq!(
        read(text),
        vec![one("Northwind", "DESENVOLVEDOR SOFTWARE", "2021-09")]
    );
}

/// A date column beside headers wrapped onto a second line, "Role im Organisation" in
/// German; and "Organisation | Place" over "Cloud / DevOps Engineer | dates", where the
/// slash joins two fields of one role.
#[test]
fn wrapped_headers_words_for_at_and_two_fields_of_one_role() {
    let wrapped = "Berufserfahrung\n\
        03.2017-10.2020   Krankenpflegerin im Hafenklinikum,\n\
        Station 4\n\
        10.2020- bis jetzt   Notfallsanitäter am\n\
        Rettungsdienst Nord\n";
    assert_eq!(
        read(wrapped),
        vec![
            one("Hafenklinikum", "Krankenpflegerin", "2017-03"),
            one("Rettungsdienst Nord", "Notfallsanitäter", "2020-10"),
        ]
    );
    let slash = "Work Experience\n\
        Harbourline   Sittard\n\
        CLOUD / DEVOPS ENGINEER   Aug 2025 - Present\n\
        - Built the cluster\n\
        Ferrymark   Heerlen\n\
        SERVICEDESK / SYSTEM ADMINISTRATOR   Feb 2023 - July 2025\n\
        - Ran the desk\n";
    assert_eq!(
        read(slash),
        vec![
            one("Harbourline", "CLOUD / DEVOPS ENGINEER", "2025-08"),
            one("Ferrymark", "SERVICEDESK / SYSTEM ADMINISTRATOR", "2023-02"),
        ]
    );
}

/// A dated item naming only its organisation has its role in the item nested under it
/// (Word's "o" bullets); the next nested items are highlights.
#[test]
fn the_role_in_the_item_nested_under_a_dated_organisation() {
    let cv = blocks(&[
        (Kind::Paragraph, "Expérience"),
        (Kind::Item(0), "Fev 2023 / Aujourd’hui: Harbour Ltd."),
        (Kind::Item(1), "Développeur backend (Python)."),
        (Kind::Item(0), "May 2022 / Fev 2023: Kestrel Robotics."),
        (Kind::Item(1), "Chef de projet"),
        (
            Kind::Item(1),
            "Wrote the ferry timetable in Rust for the whole fleet",
        ),
    ]);
    assert_eq!(
        read_pdf(&cv),
        [
            (
                "Harbour Ltd".to_owned(),
                "Développeur backend (Python)".to_owned()
            ),
            ("Kestrel Robotics".to_owned(), "Chef de projet".to_owned()),
        ]
    );
}

/// "Organisation | Place" over "ROLE, ROLE | dates" (Awesome-CV): the name beside its place
/// is the organisation, though the line under it names two roles.
#[test]
fn a_name_beside_its_place_over_two_roles_and_the_dates() {
    let cv = blocks(&[
        (Kind::Heading(1), "Experience"),
        (Kind::Paragraph, "Harbour Labs   San Francisco, CA"),
        (
            Kind::Paragraph,
            "HEAD OF ENGINEERING, FOUNDING SCIENTIST   Feb 2023 - August 2024",
        ),
        (Kind::Item(0), "Built the first product line"),
        (Kind::Paragraph, "Kestrel Robotics   Palo Alto, CA"),
        (
            Kind::Paragraph,
            "SENIOR SCIENTIST, TEAM LEAD   Sept 2019 - Sept 2022",
        ),
        (Kind::Item(0), "Led the dataset team"),
    ]);
    let orgs: Vec<String> = read_pdf(&cv).into_iter().map(|(org, _)| org).collect();
    assert_eq!(orgs, ["Harbour Labs", "Kestrel Robotics"]);
}

/// A heading wrapped in a narrow column ("Дополнительное" / "образование") does not make
/// "Образование" a label repeated under every entry: the schools stay out of the jobs.
#[test]
fn a_wrapped_heading_is_no_repeated_label() {
    let cv = blocks(&[
        (Kind::Heading(1), "Елизавета Пример"),
        (Kind::Heading(3), "Опыт работы"),
        (Kind::Paragraph, "ООО Гавань   Москва, Россия"),
        (
            Kind::Paragraph,
            "Младший специалист-стажер.   Август – октябрь 2021.",
        ),
        (Kind::Heading(3), "Образование"),
        (Kind::Paragraph, "Северный университет   Москва, Россия"),
        (
            Kind::Paragraph,
            "Факультет компьютерных наук.   Сентябрь 2019 – Наст. вр.",
        ),
        (Kind::Heading(3), "Дополнительное"),
        (Kind::Paragraph, "Курс разработки ПО   Минск, Беларусь"),
        (Kind::Heading(3), "образование"),
        (
            Kind::Paragraph,
            "Java / Spring   Январь 2021 – февраль 2021",
        ),
    ]);
    let orgs: Vec<String> = read_pdf(&cv).into_iter().map(|(org, _)| org).collect();
    assert_eq!(orgs, ["ООО Гавань"]);
}

/// "Role – Organisation (dates): what was done…" in one paragraph: the header before the
/// colon, the description after it.
#[test]
fn a_header_run_into_its_description() {
    let cv = blocks(&[
        (Kind::Paragraph, "Experiência Profissional:"),
        (
            Kind::Paragraph,
            "Freelancer – Harbour Traduções (07.2019 – 02.2021): Revisão de catálogos em \
             português durante o verão, e outros projetos parecidos de forma remota através \
             de uma plataforma.",
        ),
        (
            Kind::Paragraph,
            "Operador de atendimento – Kestrel Seguros (04.2018 – 08.2018):",
        ),
        (
            Kind::Paragraph,
            "Atender aos clientes da empresa por telefone e e-mail.",
        ),
    ]);
    assert_eq!(
        read_pdf(&cv),
        [
            ("Harbour Traduções".to_owned(), "Freelancer".to_owned()),
            (
                "Kestrel Seguros".to_owned(),
                "Operador de atendimento".to_owned()
            ),
        ]
    );
}

/// A date column's range wrapped after its dash ("11/2020 -" over "06/2021"), under side
/// jobs ("Nebentätigkeiten"): one entry, its end joined to its start.
#[test]
fn a_range_wrapped_after_its_dash() {
    let cv = blocks(&[
        (Kind::Heading(2), "Nebentätigkeiten"),
        (Kind::Paragraph, "11/2020 -   Kestrel Labs   Werkstudent"),
        (Kind::Paragraph, "06/2021   Java für Erstsemester"),
        (
            Kind::Paragraph,
            "09/2016 -   Harbour Entertainment   Praktikum",
        ),
        (Kind::Paragraph, "02/2017   Quality Assurance"),
    ]);
    assert_eq!(
        read_pdf(&cv),
        [
            ("Kestrel Labs".to_owned(), "Werkstudent".to_owned()),
            ("Harbour Entertainment".to_owned(), "Praktikum".to_owned()),
        ]
    );
}

#[test]
fn roles_under_one_employer_with_their_lengths_and_project_labels() {
    // A Jake's-style page in Russian: the employer over each role's line, its date and length
    // in brackets at the right, a "Проект:" (project) label under it; the heading carries a
    // summary of the years; the second and third roles at one employer have no line of it.
    let page = blocks(&[
        (Kind::Paragraph, "ОПЫТ РАБОТЫ (8 ЛЕТ, 2017 - 2025)"),
        (
            Kind::Paragraph,
            "Полярная Звезда   Тбилиси, Грузия · Remote",
        ),
        (
            Kind::Paragraph,
            "Senior Go Developer   Январь 2024 — настоящее время (1.5г)",
        ),
        (Kind::Paragraph, "Проект: Обозреватель блоков"),
        (Kind::Item(0), "Переписал платформу на Go."),
        (Kind::Paragraph, "Северный Ветер   Москва, Россия · Hybrid"),
        (
            Kind::Paragraph,
            "Teamlead (8 разработчиков)   Май 2020 — Май 2022 (2г)",
        ),
        (Kind::Paragraph, "Проект: Арбитраж трафика"),
        (Kind::Item(0), "Увеличил прибыль."),
        (
            Kind::Paragraph,
            "Techlead (4 разработчика)   Окт 2019 — Май 2020 (8м.)",
        ),
        (Kind::Paragraph, "Проект: Платформа рекламы"),
        (Kind::Item(0), "Внедрил Agile."),
    ]);
    assert_eq!(
        read_pdf(&page),
        vec![
            (
                "Полярная Звезда".to_owned(),
                "Senior Go Developer".to_owned()
            ),
            (
                "Северный Ветер".to_owned(),
                "Teamlead (8 разработчиков)".to_owned()
            ),
            (
                "Северный Ветер".to_owned(),
                "Techlead (4 разработчика)".to_owned()
            ),
        ]
    );
}

#[test]
fn a_heading_naming_role_and_employer_over_a_line_naming_a_kind_of_work() {
    // AsciiDoc's "=== Role at Org" over an italic line of place, kind of work and dates:
    // "Consultant" there is how the job was held, not a role with the city as employer.
    let page = blocks(&[
        (Kind::Heading(2), "Experience"),
        (Kind::Heading(3), "Software Developer at Fabrikam Utilities"),
        (
            Kind::Paragraph,
            "Springfield · Consultant · January 2010 - July 2010",
        ),
        (Kind::Paragraph, "Simulation of hydropower plants."),
        (Kind::Heading(3), "Senior Engineer at Contoso Bank"),
        (
            Kind::Paragraph,
            "Springfield · Full-time · August 2014 - March 2015",
        ),
        (Kind::Paragraph, "Payments."),
    ]);
    assert_eq!(
        read_pdf(&page),
        vec![
            (
                "Fabrikam Utilities".to_owned(),
                "Software Developer".to_owned()
            ),
            ("Contoso Bank".to_owned(), "Senior Engineer".to_owned()),
        ]
    );
}

#[test]
fn a_french_career_of_postdocs_and_the_degrees_listed_with_them() {
    // Awesome-CV in French: "Parcours" heads jobs and degrees alike, each an organisation
    // and place over a title and dates; a degree's title makes its entry no job.
    let page = blocks(&[
        (Kind::Heading(2), "Parcours"),
        (Kind::Paragraph, "Collège de Fabrikam   Paris (France)"),
        (Kind::Paragraph, "POSTDOCTORAT   2024 –"),
        (Kind::Item(0), "Financement : chaire de géométrie"),
        (
            Kind::Paragraph,
            "LABO, Université de Contoso   Lille (France)",
        ),
        (Kind::Paragraph, "POSTDOCTORAT   2022 - 2024"),
        (
            Kind::Paragraph,
            "LPSM, Université Northwind   Paris (France)",
        ),
        (Kind::Paragraph, "DOCTORAT DE MATHÉMATIQUES   2016 - 2020"),
        (Kind::Item(0), "Directeur : A. Person"),
        (Kind::Paragraph, "Fabrikam Business School   Nice (France)"),
        (Kind::Paragraph, "DIPLÔME GRANDE ÉCOLE   2010 - 2014"),
    ]);
    assert_eq!(
        read_pdf(&page),
        vec![
            ("Collège de Fabrikam".to_owned(), "POSTDOCTORAT".to_owned()),
            (
                "Université de Contoso".to_owned(),
                "POSTDOCTORAT".to_owned()
            ),
        ]
    );
}

/// An entry that reads like a position too seldom (a language beside a year in a page with no
/// job history) is left out, and kept as a comment that says how likely it was.
#[test]
fn an_unlikely_entry_is_kept_as_a_comment_not_imported() {
    let cv = blocks(&[
        (
            Kind::Paragraph,
            "Anglais   développement d’une application de création de quiz en ligne   2016",
        ),
        (
            Kind::Paragraph,
            "Contoso Ltd, Software Developer   2019 – 2022",
        ),
    ]);
    let draft = super::draft(&cv, "cv.pdf", "PDF");
    let orgs: Vec<&str> = draft
        .experience
        .iter()
        .map(|r| r.organisation.as_str())
        .collect();
    assert_eq!(orgs, ["Contoso Ltd"]);
    assert!(
        draft
            .unplaced
            .iter()
            .any(|(_, note)| note.contains("Anglais") && note.contains("% of the time")),
        "{:?}",
        draft.unplaced
    );
}

/// "Role, Team, Organisation": the team is where the role sat inside the employer; a team in
/// brackets after a name, or the only name there is, is the organisation.
#[test]
fn a_team_or_unit_beside_the_organisation_is_not_the_organisation() {
    let text = "Experience\n\
                Feb 2019-present: Analytical Lead, Medicines Analysis Team, Harbour Health (mostly R)\n\
                • Built the demand forecast.\n\
                Oct 2017-Feb 2019: Research Manager, Central Analytical Unit, Ministry of Tides\n\
                • Led new analysis.\n\
                2015 - 2017: Machine Learning Scientist, Kestrel Autopilot (Computer Vision Team)\n\
                • Trained detectors.\n\
                2013 - 2015: Package maintainer, Alt Kestrel team\n\
                • Kept the kernel packages.\n";
    let orgs: Vec<String> = read(text).into_iter().map(|(org, _, _)| org).collect();
    assert_eq!(
        orgs,
        [
            "Harbour Health (mostly R)",
            "Ministry of Tides",
            "Kestrel Autopilot (Computer Vision Team)",
            "Alt Kestrel team"
        ]
    );
}

/// "2011/02 - 2013/11 - Org - Role: what was done…" as one long list item: the date set off
/// by a dash at its start makes it an entry, however long its description runs.
#[test]
fn a_long_item_led_by_its_date_and_a_dash_is_an_entry() {
    let text = "EXPERIÊNCIA PROFISSIONAL\n\
                • 2011/02 - 2013/11 - Kestrel Telecom - Desenvolvedor Junior: Arquitetura, \
                Desenvolvimento e Documentação. Trabalhando no projeto de uma central telefónica \
                para pequenas empresas, com PHP, Zend Framework, Asterisk e testes automatizados \
                em todas as camadas.\n\
                • 2009/02-2010/02 – Centro Cultural Harbour - Estágio: Auxiliar de laboratório. \
                Controle de rede, montagem e manutenção de computadores e apoio aos professores \
                nas aulas de informática durante dois semestres letivos.\n\
                TECNOLOGIAS\n\
                • Conhecimento Linux (Debian).\n";
    let orgs: Vec<String> = read(text).into_iter().map(|(org, _, _)| org).collect();
    assert_eq!(orgs, ["Kestrel Telecom", "Centro Cultural Harbour"]);
}

/// German capitalises every noun: "Mitarbeiter im Fahrdienst" is a role in a department,
/// its employer named on the line below.
#[test]
fn a_department_after_im_stays_in_the_role() {
    let text = "Berufserfahrung\n\
        12/2017 – 08/2019   Mitarbeiter im Fahrdienst\n\
        Hertz Autovermietung – München\n\
        08/2017 – 10/2017   Mitarbeiter im Facility-Management\n\
        Rahmer GmbH – München\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "Hertz Autovermietung",
                "Mitarbeiter im Fahrdienst",
                "2017-12"
            ),
            one(
                "Rahmer GmbH",
                "Mitarbeiter im Facility-Management",
                "2017-08"
            ),
        ]
    );
}

#[test]
fn the_persons_details_above_the_first_date_head_no_entry() {
    // A Lebenslauf read row by row: labels and dates on the left, values on the right.
    let text = "Lebenslauf\n\
                Familienstand   ledig\n\
                Staatsangehörigkeit   bulgarisch\n\
                11/2017 – 08/2019   Produktionsmitarbeiter\n\
                BMW-AG – München\n\
                Einbau von Endteilen\n\
                11/2016 – 04/2017   Küchenhilfe\n\
                Hotel Bayerischer Hof – München\n";
    assert_eq!(
        read(text),
        vec![
            one("BMW-AG", "Produktionsmitarbeiter", "2017-11"),
            one("Hotel Bayerischer Hof", "Küchenhilfe", "2016-11")
        ]
    );
}

/// A Reactive Resume PDF of development corpus d14: the organisation as a heading, then the
/// role, the place and the dates on lines of their own; the place takes neither's place.
#[test]
fn a_place_line_between_the_header_and_the_date() {
    let found = read_pdf(&blocks(&[
        (Kind::Heading(3), "EXPERIENCES"),
        (Kind::Heading(3), "NORTHWIND CLOUD SOLUTION"),
        (Kind::Paragraph, "Consultant Informatique (Indépendant)"),
        (Kind::Paragraph, "Montreuil, France"),
        (Kind::Paragraph, "01/2025 – Actuellement"),
        (Kind::Paragraph, "⋄ Migration d’environnements cloud ;"),
        (Kind::Heading(3), "CONTOSO BUSINESS"),
        (Kind::Paragraph, "Technicien Support Technique (18 mois)"),
        (Kind::Paragraph, "Bagnolet, FRANCE"),
        (Kind::Paragraph, "04/2019–09/2020"),
        (Kind::Paragraph, "⋄ Pilotage des tickets ;"),
    ]));
    assert_eq!(
        found,
        vec![
            (
                "NORTHWIND CLOUD SOLUTION".to_owned(),
                "Consultant Informatique (Indépendant)".to_owned()
            ),
            (
                "CONTOSO BUSINESS".to_owned(),
                "Technicien Support Technique (18 mois)".to_owned()
            ),
        ]
    );
}

/// A WPS résumé of development corpus d14: organisation and role parted by a full-width
/// bar, the department in full-width brackets.
#[test]
fn a_full_width_bar_between_the_organisation_and_the_role() {
    let found = read_pdf(&blocks(&[
        (Kind::Paragraph, "实习经历"),
        (Kind::Paragraph, "2026.01-2026.03"),
        (
            Kind::Paragraph,
            "云南某某企业管理咨询有限公司｜软件测试实习生（技术部）",
        ),
        (Kind::Paragraph, "负责功能测试"),
    ]));
    assert_eq!(
        found,
        vec![(
            "云南某某企业管理咨询有限公司".to_owned(),
            "软件测试实习生（技术部）".to_owned()
        )]
    );
}
