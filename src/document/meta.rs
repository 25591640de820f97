//! What the app, the PDF and the web page say about an entry on its meta line ("Acme ·
//! Berlin · 2021 – present"), computed once so the three say the same.

use super::period_text;
use crate::model::{
    CaseStudy, Education, Link, Portfolio, Project, Publication, Role, Teaching, Term, Url,
};

/// Facts about an entry on one line: "Acme  ·  2021 – present  ·  Berlin"; empty parts
/// are left out.
pub fn line<S: AsRef<str>>(parts: &[S]) -> String {
    parts
        .iter()
        .map(AsRef::as_ref)
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join("  ·  ")
}

/// "Spring 2023, Fall 2023".
pub fn terms(terms: &[Term]) -> String {
    terms
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Organisation (when a role is named), place, period.
pub fn role(role: &Role) -> Vec<String> {
    let mut meta = Vec::new();
    if role.role.is_some() {
        meta.push(role.organisation.clone());
    }
    meta.extend(role.location.clone());
    meta.extend(period_text(role.start, role.end));
    meta
}

/// What was done in it ("Maintainer, Designer"), period.
pub fn project(project: &Project) -> Vec<String> {
    let mut meta = Vec::new();
    if !project.roles.is_empty() {
        meta.push(project.roles.join(", "));
    }
    meta.extend(period_text(project.start, project.end));
    meta
}

/// The position's or organisation's page, labelled with the site's name.
pub fn role_link(role: &Role) -> Option<Link> {
    role.url.as_ref().map(|url| Link {
        label: super::words::website(url),
        url: url.clone(),
        private: false,
    })
}

/// Organisation and period.
pub fn case_study(case: &CaseStudy) -> Vec<String> {
    case.organisation
        .iter()
        .cloned()
        .chain(period_text(case.start, case.end))
        .collect()
}

/// School, place, terms.
pub fn teaching(teaching: &Teaching) -> Vec<String> {
    let mut meta = vec![teaching.organisation.clone()];
    meta.extend(teaching.location.clone());
    if !teaching.terms.is_empty() {
        meta.push(terms(&teaching.terms));
    }
    meta
}

/// "Degree, field", place, period.
pub fn education(school: &Education) -> Vec<String> {
    let degree: Vec<&str> = [school.degree.as_deref(), school.field.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut meta = Vec::new();
    if !degree.is_empty() {
        meta.push(degree.join(", "));
    }
    meta.extend(school.location.clone());
    meta.extend(period_text(school.start, school.end));
    meta
}

/// Venue (when the paper has a title), year, authors.
pub fn publication(paper: &Publication) -> Vec<String> {
    let mut meta = Vec::new();
    if paper.title.is_some() {
        meta.push(paper.venue.clone());
    }
    meta.push(paper.year.to_string());
    if !paper.authors.is_empty() {
        meta.push(paper.authors.join(", "));
    }
    meta
}

/// The contact section's links: e-mail and contact links first, then the person's links
/// the contact list does not already have ("GitHub" once).
pub fn contact_links(portfolio: &Portfolio) -> (Vec<Link>, Vec<Link>) {
    let mut first = Vec::new();
    if let Some(contact) = &portfolio.contact {
        if let Some(email) = &contact.email {
            first.push(Link {
                label: email.clone(),
                url: Url::new(format!("mailto:{email}")),
                private: false,
            });
        }
        if let Some(phone) = &contact.phone {
            first.push(Link {
                label: phone.clone(),
                url: crate::model::url::tel_url(phone),
                private: false,
            });
        }
        first.extend(contact.links.iter().cloned());
    }
    let known: Vec<&str> = portfolio
        .contact
        .iter()
        .flat_map(|c| c.links.iter().map(|l| l.url.as_str().trim_end_matches('/')))
        .collect();
    let more = portfolio
        .person
        .links
        .iter()
        .filter(|l| !known.contains(&l.url.as_str().trim_end_matches('/')))
        .cloned()
        .collect();
    (first, more)
}
