//! Every label and short sentence a reader sees that is not the portfolio's own text,
//! spelled once for the app, the PDF, the web page and the slides: a renderer asks here
//! instead of writing "Based in" or "(continued)" itself, so the outputs cannot drift apart.

use crate::model::{CaseStudy, Link, Portfolio, ProjectKind};

/// The three parts of a case study's story, in order.
pub const STORY_PARTS: [&str; 3] = ["Problem", "Approach", "Outcome"];
/// Over a case study's figures.
pub const RESULTS: &str = "Results";
/// A results slide's title word when every figure on it moved the bad way.
pub const TRADE_OFF: &str = "Trade-off";
/// The link under a publication.
pub const READ_THE_PAPER: &str = "Read the paper";
/// The link under a project or dataset.
pub const OPEN_PROJECT: &str = "Open";
/// The link under a position to its organisation's page: the site's name, "acme.com" for
/// `https://www.acme.com/careers`, so the reader sees where it goes.
pub fn website(url: &crate::model::Url) -> String {
    let text = url.as_str();
    let without_scheme = text.split_once("://").map_or(text, |(_, rest)| rest);
    let host = without_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(without_scheme);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() {
        text.to_owned()
    } else {
        host.to_owned()
    }
}
/// The badge beside a name when the person says they are available.
pub const OPEN_TO_OPPORTUNITIES: &str = "Open to opportunities";
/// The badge on every screen while the private view is on, and the keyword a private
/// PDF carries.
pub const PRIVATE_VIEW: &str = "Private view";

/// What a private export says of itself, in its metadata and on standard error.
pub const PRIVATE_EXPORT: &str =
    "Private view: this file holds names and figures the portfolio keeps out of what it publishes.";

/// After a chart's verdict when its bars are drawn on a log scale.
pub const LOG_SCALE: &str = "log scale";
/// What a log scale means, where there is no tooltip to say it (print).
pub const LOG_SCALE_STEP: &str = "each step ×10";
/// The language a portfolio is written in, as a BCP 47 tag: its `meta.language`, else
/// English.
pub fn language(portfolio: &crate::model::Portfolio) -> &str {
    portfolio
        .meta
        .language
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .unwrap_or("en")
}

/// Under a chart axis drawn to a linear scale.
pub const LINEAR_AXIS: &str = "linear scale";

/// Under a chart axis drawn to a logarithmic scale: "log scale, each step ×10".
pub fn log_axis() -> String {
    format!("{LOG_SCALE}, {LOG_SCALE_STEP}")
}

/// Under a single figure that had an earlier value: "was 12 %".
pub fn was(earlier: &str) -> String {
    format!("was {earlier}")
}

/// A case study's story: each part's label and text, in order.
pub fn story(case: &CaseStudy) -> [(&'static str, &str); 3] {
    let [problem, approach, outcome] = STORY_PARTS;
    [
        (problem, case.problem.as_str()),
        (approach, case.approach.as_str()),
        (outcome, case.outcome.as_str()),
    ]
}

/// What an image shows, for screen readers: its alt text, else its caption, else its file.
pub fn image_alt(image: &crate::model::Image) -> &str {
    image
        .alt
        .as_deref()
        .or(image.caption.as_deref())
        .unwrap_or(&image.path)
}

/// The alt text of the person's photo.
pub fn photo_alt(name: &str) -> String {
    format!("Photo of {name}")
}

/// An export's title (the PDF's and the web page's): the page title the author gave, else
/// "Name — Headline", else the headline alone: a portfolio without a name is not titled
/// "Distributed Systems — Distributed Systems".
pub fn document_title(portfolio: &Portfolio) -> String {
    let headline = &portfolio.person.headline;
    match (&portfolio.person.name, portfolio.meta.title.is_empty()) {
        (_, false) => portfolio.meta.title.clone(),
        (Some(name), true) => format!("{name} — {headline}"),
        (None, true) => headline.clone(),
    }
}

/// "Based in Singapore".
pub fn based_in(location: &str) -> String {
    format!("Based in {location}")
}

/// What stands where an image cannot be shown.
pub fn image_unavailable(path: &str) -> String {
    format!("Image not available: {path}")
}

/// A title or label whose first part was on an earlier slide: "Approach (continued)".
pub fn continued(title: &str) -> String {
    format!("{title} (continued)")
}

/// The availability line: "● Open to staff roles…".
pub fn availability(text: &str) -> String {
    format!("● {text}")
}

/// "Notes: API latency", over a slide's notes in the handout.
pub fn notes_title(slide_title: &str) -> String {
    format!("Notes: {slide_title}")
}

/// What a project is.
pub fn project_kind(kind: ProjectKind) -> &'static str {
    match kind {
        ProjectKind::Dataset => "Dataset",
        ProjectKind::Project => "Project",
    }
}

/// A link folio opens, as text: its label with an arrow. (A link it refuses is written
/// nowhere.)
pub fn link_text(link: &Link) -> String {
    format!("{} ↗", link.label)
}

/// Where the page facts are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Footer {
    /// In the app, which has no document properties: every fact as a line.
    App,
    /// In a PDF or web page, whose title and keywords are its properties (shown by the
    /// viewer, read by search engines): printing them again would be noise.
    Export,
}

/// The lines of the portfolio's page facts after the last section: the page it came from,
/// its title, description, keywords and web address, each said once.
pub fn footer_lines(portfolio: &Portfolio, footer: Footer) -> Vec<String> {
    let meta = &portfolio.meta;
    let mut lines = Vec::new();
    if let Some(heading) = &meta.heading {
        lines.push(format!("Page: {heading}"));
    }
    if !meta.title.is_empty() && footer == Footer::App {
        lines.push(format!("Title: {}", meta.title));
    }
    if portfolio.person.tagline.is_some()
        && let Some(description) = &meta.description
    {
        lines.push(description.clone());
    }
    if !meta.keywords.is_empty() && footer == Footer::App {
        lines.push(format!("Keywords: {}", meta.keywords.join(", ")));
    }
    if let Some(permalink) = &meta.permalink {
        lines.push(format!("Web address: {permalink}"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portfolio_without_a_name_is_titled_by_its_headline_once() {
        let loaded = crate::load::load_str(
            "(person: (headline: \"Distributed Systems\"))",
            "p.ron",
            None,
        )
        .expect("loads");
        assert_eq!(document_title(&loaded.portfolio), "Distributed Systems");
    }
}
