//! The content model: what `portfolio.ron` holds, as serde types.
//!
//! Every struct denies unknown fields so that a typo is an error with a suggestion rather than
//! a silently ignored line. Optional parts default to empty. Figures, dates and colours are
//! typed: they are parsed while the file is read, never re-parsed later.

pub mod date;
pub mod id;
pub mod markup;
pub mod metric;
pub mod quantity;
pub mod url;

use serde::Deserialize;

pub use date::{End, Season, Term, YearMonth};
pub use id::{Slug, TalkDuration};
pub use metric::{Basis, Better, Claim, ClaimKind, Metric};
pub use quantity::{Bound, Dimension, Quantity, Unit};
pub use url::{OpenableUrl, Url};

/// One person's portfolio: the whole of `portfolio.ron`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portfolio {
    /// Page metadata (title, description, keywords), as a website's front matter has it.
    #[serde(default)]
    pub meta: Meta,
    /// Who this is: name, headline, summary, photo, links.
    pub person: Person,
    /// The accent colour of the app and the slides, `"#2f6fde"`.
    #[serde(default)]
    pub accent: Option<Rgb>,
    /// Headings that replace the default section titles.
    #[serde(default)]
    pub titles: SectionTitles,
    /// Areas of expertise, shown as cards.
    #[serde(default)]
    pub expertise: Vec<Expertise>,
    /// A note shown above the case studies, e.g. what is kept confidential.
    #[serde(default)]
    pub confidentiality: Option<String>,
    /// Case studies: problem, approach, outcome and their figures.
    #[serde(default)]
    pub case_studies: Vec<CaseStudy>,
    /// Professional experience, newest first.
    #[serde(default)]
    pub experience: Vec<Role>,
    /// Research positions, newest first.
    #[serde(default)]
    pub research: Vec<Role>,
    /// Teaching positions with their courses.
    #[serde(default)]
    pub teaching: Vec<Teaching>,
    /// Degrees and schools.
    #[serde(default)]
    pub education: Vec<Education>,
    /// Papers and articles.
    #[serde(default)]
    pub publications: Vec<Publication>,
    /// Datasets, open-source projects and other artefacts.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// Engineering principles, one line each.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// Availability and how to get in touch.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Speaker notes for slides other than case studies, by slide id (`"about"`,
    /// `"experience"`); shown only in the presenter window.
    #[serde(default)]
    pub notes: std::collections::BTreeMap<String, String>,
    /// How long the talk should take (`"30 min"`), for pacing in the presenter window.
    #[serde(default)]
    pub duration: Option<TalkDuration>,
    /// Named selections of slides for a role (`backend`, `leadership`).
    #[serde(default)]
    pub tracks: Vec<Track>,
}

/// A named, ordered selection of sections and case studies for a talk.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// The name used with `--track` and in the picker.
    pub name: String,
    /// Slide ids in the order to present them: section ids (`about`, `experience`) and
    /// case-study ids.
    pub slides: Vec<String>,
}

/// Page metadata, as in a website's front matter.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The page title (may be empty).
    #[serde(default)]
    pub title: String,
    /// The page's main heading, when it differs from the title.
    #[serde(default)]
    pub heading: Option<String>,
    /// A one-paragraph description for search engines and link previews.
    #[serde(default)]
    pub description: Option<String>,
    /// Search keywords.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Where the page lived on the web (`/work-experience`).
    #[serde(default)]
    pub permalink: Option<String>,
    /// The language the portfolio is written in, as a BCP 47 tag (`"de"`, `"pt-BR"`);
    /// English when not given. Screen readers read the PDF and the web page in it.
    #[serde(default)]
    pub language: Option<String>,
}

/// The person the portfolio is about.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name; when absent the headline stands in for it.
    #[serde(default)]
    pub name: Option<String>,
    /// What they do, in a few words.
    pub headline: String,
    /// One sentence under the headline.
    #[serde(default)]
    pub tagline: Option<String>,
    /// Where they are based.
    #[serde(default)]
    pub location: Option<String>,
    /// The "about" paragraphs.
    #[serde(default)]
    pub summary: Vec<String>,
    /// What the About slide shows instead of the whole summary, which then goes to the
    /// presenter: a sentence or two the audience can take in while the speaker talks.
    #[serde(default)]
    pub on_slide: Option<String>,
    /// A photo, relative to the RON file.
    #[serde(default)]
    pub photo: Option<String>,
    /// Profile links (GitHub, LinkedIn, website).
    #[serde(default)]
    pub links: Vec<Link>,
}

/// A labelled link. Only `http`, `https` and `mailto` links are ever opened.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link is called on screen.
    pub label: String,
    /// Where it goes.
    pub url: Url,
    /// Shown only in the private view (`--audience private`): never exported by default.
    #[serde(default)]
    pub private: bool,
}

/// An sRGB colour written `"#2f6fde"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_rgb(&text).ok_or_else(|| {
            serde::de::Error::custom(quantity::encode_inner_error(&quantity::QuantityError {
                offset: 0,
                message: format!("`{text}` is not a colour"),
                hint: Some("write a colour as `#2f6fde`".into()),
            }))
        })
    }
}

fn parse_rgb(text: &str) -> Option<Rgb> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
}

/// Headings that replace the app's default section titles.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionTitles {
    /// Replaces "About".
    #[serde(default)]
    pub about: Option<String>,
    /// Replaces "Expertise".
    #[serde(default)]
    pub expertise: Option<String>,
    /// Replaces "Impact at a glance".
    #[serde(default)]
    pub impact: Option<String>,
    /// Replaces "Case studies".
    #[serde(default)]
    pub case_studies: Option<String>,
    /// Replaces "Experience".
    #[serde(default)]
    pub experience: Option<String>,
    /// Replaces "Research".
    #[serde(default)]
    pub research: Option<String>,
    /// Replaces "Teaching".
    #[serde(default)]
    pub teaching: Option<String>,
    /// Replaces "Education".
    #[serde(default)]
    pub education: Option<String>,
    /// Replaces "Publications".
    #[serde(default)]
    pub publications: Option<String>,
    /// Replaces "Projects & datasets".
    #[serde(default)]
    pub projects: Option<String>,
    /// Replaces "Principles".
    #[serde(default)]
    pub principles: Option<String>,
    /// Replaces "Contact".
    #[serde(default)]
    pub contact: Option<String>,
}

/// An area of expertise.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expertise {
    /// The area's name.
    pub title: String,
    /// What the person does in it.
    pub text: String,
    /// Technologies and keywords.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A case study: a problem, the approach taken, the outcome and its figures.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    /// A stable identifier (`api-latency`): slides and links refer to it.
    pub id: Slug,
    /// The title shown on the card and slide.
    pub title: String,
    /// Where the work was done.
    #[serde(default)]
    pub organisation: Option<String>,
    /// When it started.
    #[serde(default)]
    pub start: Option<YearMonth>,
    /// When it ended.
    #[serde(default)]
    pub end: Option<End>,
    /// What was wrong.
    pub problem: String,
    /// What was done about it.
    pub approach: String,
    /// What came of it.
    pub outcome: String,
    /// The short form of the story the slides show (the whole story goes to the presenter
    /// window); where a part is not given, its first sentence stands in.
    #[serde(default)]
    pub on_slide: StoryOnSlide,
    /// The first results slide's title ("Results: search in under a second"); without it,
    /// the slide names its largest win from the figures.
    #[serde(default)]
    pub results_title: Option<String>,
    /// Technologies and themes (`kubernetes`, `cost`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Speaker notes: shown only in the presenter window.
    #[serde(default)]
    pub notes: Option<String>,
    /// Diagrams and screenshots.
    #[serde(default)]
    pub images: Vec<Image>,
    /// The figures: before/after pairs, relative changes, single figures, outcomes.
    #[serde(default)]
    pub metrics: Vec<Metric>,
    /// Shown only in the private view (`--audience private`): never exported by default.
    #[serde(default)]
    pub private: bool,
}

/// A case study's story as the audience reads it on a slide: a line for each part.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryOnSlide {
    /// The problem, in a line.
    #[serde(default)]
    pub problem: Option<String>,
    /// The approach, in a line.
    #[serde(default)]
    pub approach: Option<String>,
    /// The outcome, in a line.
    #[serde(default)]
    pub outcome: Option<String>,
}

/// An image file with a caption.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path relative to the RON file.
    pub path: String,
    /// A caption shown under the image.
    #[serde(default)]
    pub caption: Option<String>,
    /// Text for screen readers; defaults to the caption.
    #[serde(default)]
    pub alt: Option<String>,
    /// Shown only in the private view (`--audience private`): never exported by default.
    #[serde(default)]
    pub private: bool,
}

/// A position held: a job or a research post.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The job title.
    #[serde(default)]
    pub role: Option<String>,
    /// The employer or lab.
    pub organisation: String,
    /// City, region, "(Remote)".
    #[serde(default)]
    pub location: Option<String>,
    /// The organisation's or the position's page on the web.
    #[serde(default)]
    pub url: Option<Url>,
    /// When it started.
    #[serde(default)]
    pub start: Option<YearMonth>,
    /// When it ended, or `"present"`.
    #[serde(default)]
    pub end: Option<End>,
    /// A paragraph about the position.
    #[serde(default)]
    pub summary: Option<String>,
    /// Achievements, one bullet each.
    #[serde(default)]
    pub highlights: Vec<Highlight>,
    /// Technologies and keywords.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Shown only in the private view (`--audience private`): never exported by default.
    #[serde(default)]
    pub private: bool,
}

/// One bullet of a position, with the figures it states.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    /// The bullet as written.
    pub text: String,
    /// Figures from the bullet, typed.
    #[serde(default)]
    pub metrics: Vec<Metric>,
}

/// A teaching position with its courses.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teaching {
    /// "Teaching Assistant", "Lecturer".
    pub role: String,
    /// The school.
    pub organisation: String,
    /// City and region.
    #[serde(default)]
    pub location: Option<String>,
    /// The terms taught (`"Spring 2023"`).
    #[serde(default)]
    pub terms: Vec<Term>,
    /// The courses.
    #[serde(default)]
    pub courses: Vec<Course>,
    /// Shown only in the private view (`--audience private`): never exported by default.
    #[serde(default)]
    pub private: bool,
}

/// A course taught.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The course code (`CS582`, `CSE 489/589`).
    #[serde(default)]
    pub code: Option<String>,
    /// The course title.
    pub title: String,
    /// The terms this course was taught in, when they differ from the position's.
    #[serde(default)]
    pub terms: Vec<Term>,
}

/// A degree or school.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// The school.
    pub institution: String,
    /// "BSc", "MS".
    #[serde(default)]
    pub degree: Option<String>,
    /// "Computer Science".
    #[serde(default)]
    pub field: Option<String>,
    /// City and country.
    #[serde(default)]
    pub location: Option<String>,
    /// When it started.
    #[serde(default)]
    pub start: Option<YearMonth>,
    /// When it ended.
    #[serde(default)]
    pub end: Option<End>,
    /// A paragraph about it.
    #[serde(default)]
    pub text: Option<String>,
}

/// A paper or article.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The paper's title, when known.
    #[serde(default)]
    pub title: Option<String>,
    /// Where it appeared.
    pub venue: String,
    /// The year of publication.
    pub year: i32,
    /// Authors in order.
    #[serde(default)]
    pub authors: Vec<String>,
    /// A link to the paper.
    #[serde(default)]
    pub link: Option<Url>,
}

/// What kind of artefact a project is.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum ProjectKind {
    /// Software.
    #[default]
    Project,
    /// A published dataset.
    Dataset,
}

/// A dataset, open-source project or other artefact.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Its name.
    pub title: String,
    /// Project or dataset.
    #[serde(default)]
    pub kind: ProjectKind,
    /// What it is.
    pub text: String,
    /// Where to find it.
    #[serde(default)]
    pub link: Option<Url>,
    /// What you did in it ("Maintainer", "Designer").
    #[serde(default)]
    pub roles: Vec<String>,
    /// When it started.
    #[serde(default)]
    pub start: Option<YearMonth>,
    /// When it ended, or `"present"`.
    #[serde(default)]
    pub end: Option<End>,
    /// Technologies and keywords.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Its figures (size, reach).
    #[serde(default)]
    pub metrics: Vec<Metric>,
}

/// An engineering principle.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// The principle in one line.
    pub title: String,
    /// An optional explanation.
    #[serde(default)]
    pub text: Option<String>,
}

/// Availability and ways to get in touch.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// What roles and engagements the person is open to.
    #[serde(default)]
    pub availability: Option<String>,
    /// An e-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// A telephone number as the person writes it ("+44 20 7946 0958"); shown as written and
    /// linked as `tel:` with its digits.
    #[serde(default)]
    pub phone: Option<String>,
    /// Other ways to reach them.
    #[serde(default)]
    pub links: Vec<Link>,
}

impl Portfolio {
    /// The name to show: the person's name, else their headline.
    pub fn display_name(&self) -> &str {
        self.person.name.as_deref().unwrap_or(&self.person.headline)
    }

    /// Every metric in the portfolio with where it is, in document order.
    pub fn all_metrics(&self) -> Vec<(MetricOwner<'_>, &Metric)> {
        let mut out = Vec::new();
        for case in &self.case_studies {
            out.extend(
                case.metrics
                    .iter()
                    .map(|m| (MetricOwner::CaseStudy(case), m)),
            );
        }
        for roles in [&self.experience, &self.research] {
            for role in roles {
                for highlight in &role.highlights {
                    out.extend(
                        highlight
                            .metrics
                            .iter()
                            .map(|m| (MetricOwner::Role(role), m)),
                    );
                }
            }
        }
        for project in &self.projects {
            out.extend(
                project
                    .metrics
                    .iter()
                    .map(|m| (MetricOwner::Project(project), m)),
            );
        }
        out
    }
}

/// Where a metric is written.
#[derive(Clone, Copy, Debug)]
pub enum MetricOwner<'a> {
    /// In a case study.
    CaseStudy(&'a CaseStudy),
    /// In a bullet of a position.
    Role(&'a Role),
    /// In a project or dataset.
    Project(&'a Project),
}

impl MetricOwner<'_> {
    /// A short name for tables: the case study's title, the organisation or the project.
    pub fn name(&self) -> &str {
        match self {
            MetricOwner::CaseStudy(case) => &case.title,
            MetricOwner::Role(role) => &role.organisation,
            MetricOwner::Project(project) => &project.title,
        }
    }
}

impl Portfolio {
    /// Every address the portfolio links to: the person's links, the contact links, the
    /// publications', the projects' and the positions'.
    pub fn urls(&self) -> Vec<&Url> {
        self.person
            .links
            .iter()
            .chain(self.contact.iter().flat_map(|c| c.links.iter()))
            .map(|link| &link.url)
            .chain(self.publications.iter().filter_map(|p| p.link.as_ref()))
            .chain(self.projects.iter().filter_map(|p| p.link.as_ref()))
            .chain(
                self.experience
                    .iter()
                    .chain(&self.research)
                    .filter_map(|r| r.url.as_ref()),
            )
            .collect()
    }

    /// Every piece of text a person can see, in document order: for search and for checks
    /// that nothing was dropped.
    pub fn all_text(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let meta = &self.meta;
        out.push(&meta.title);
        out.extend(meta.heading.as_deref());
        out.extend(meta.description.as_deref());
        out.extend(meta.keywords.iter().map(String::as_str));
        out.extend(meta.permalink.as_deref());
        let titles = &self.titles;
        out.extend(
            [
                &titles.about,
                &titles.expertise,
                &titles.impact,
                &titles.case_studies,
                &titles.experience,
                &titles.research,
                &titles.teaching,
                &titles.education,
                &titles.publications,
                &titles.projects,
                &titles.principles,
                &titles.contact,
            ]
            .into_iter()
            .filter_map(Option::as_deref),
        );
        let person = &self.person;
        out.extend(person.name.as_deref());
        out.push(&person.headline);
        out.extend(person.tagline.as_deref());
        out.extend(person.location.as_deref());
        out.extend(person.summary.iter().map(String::as_str));
        out.extend(person.on_slide.as_deref());
        for link in &person.links {
            out.extend([link.label.as_str(), link.url.as_str()]);
        }
        for area in &self.expertise {
            out.extend([area.title.as_str(), area.text.as_str()]);
            out.extend(area.tags.iter().map(String::as_str));
        }
        out.extend(self.confidentiality.as_deref());
        for case in &self.case_studies {
            out.extend([
                case.title.as_str(),
                &case.problem,
                &case.approach,
                &case.outcome,
            ]);
            out.extend(case.organisation.as_deref());
            out.extend(case.tags.iter().map(String::as_str));
            out.extend(case.notes.as_deref());
            out.extend(
                [
                    &case.on_slide.problem,
                    &case.on_slide.approach,
                    &case.on_slide.outcome,
                ]
                .into_iter()
                .filter_map(Option::as_deref),
            );
            for image in &case.images {
                out.extend(image.caption.as_deref());
            }
            metric_text(&case.metrics, &mut out);
        }
        for role in self.experience.iter().chain(&self.research) {
            out.extend(role.role.as_deref());
            out.push(&role.organisation);
            out.extend(role.location.as_deref());
            out.extend(role.summary.as_deref());
            for highlight in &role.highlights {
                out.push(&highlight.text);
                metric_text(&highlight.metrics, &mut out);
            }
            out.extend(role.tags.iter().map(String::as_str));
        }
        for teaching in &self.teaching {
            out.extend([teaching.role.as_str(), &teaching.organisation]);
            out.extend(teaching.location.as_deref());
            for course in &teaching.courses {
                out.extend(course.code.as_deref());
                out.push(&course.title);
            }
        }
        for school in &self.education {
            out.push(&school.institution);
            out.extend(school.degree.as_deref());
            out.extend(school.field.as_deref());
            out.extend(school.location.as_deref());
            out.extend(school.text.as_deref());
        }
        for paper in &self.publications {
            out.extend(paper.title.as_deref());
            out.push(&paper.venue);
            out.extend(paper.authors.iter().map(String::as_str));
        }
        for project in &self.projects {
            out.extend([project.title.as_str(), &project.text]);
            out.extend(project.roles.iter().map(String::as_str));
            out.extend(project.tags.iter().map(String::as_str));
            metric_text(&project.metrics, &mut out);
        }
        for principle in &self.principles {
            out.push(&principle.title);
            out.extend(principle.text.as_deref());
        }
        if let Some(contact) = &self.contact {
            out.extend(contact.availability.as_deref());
            out.extend(contact.email.as_deref());
            out.extend(contact.phone.as_deref());
            for link in &contact.links {
                out.extend([link.label.as_str(), link.url.as_str()]);
            }
        }
        out
    }
}

fn metric_text<'a>(metrics: &'a [Metric], out: &mut Vec<&'a str>) {
    for metric in metrics {
        out.push(metric.label());
        match metric {
            Metric::Change(c) => {
                out.extend([c.before.source.as_str(), c.after.source.as_str()]);
                out.extend(c.before_label.as_deref());
                out.extend(c.after_label.as_deref());
            }
            Metric::Relative(r) => out.push(&r.change.source),
            Metric::Figure(f) => {
                out.push(&f.value.source);
                out.extend(f.was.as_deref());
            }
            Metric::Outcome(o) => out.push(&o.text),
        }
        if let Some(claim) = metric.claim() {
            out.push(&claim.source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours() {
        assert_eq!(parse_rgb("#2f6fde"), Some(Rgb(0x2f, 0x6f, 0xde)));
        assert_eq!(parse_rgb("2f6fde"), None);
        assert_eq!(parse_rgb("#2f6fdg"), None);
        assert_eq!(parse_rgb("#ééé"), None);
    }
}
