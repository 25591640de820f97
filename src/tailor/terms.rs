//! Words as a careful reader compares them: technologies by their canonical name whatever the
//! spelling (k8s is Kubernetes, Postgres is PostgreSQL, Golang is Go but the verb "go" is not),
//! other words by their stem in British or American spelling ("quantised", "quantization").

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// A technology and the ways postings and portfolios write it. Spellings are matched whole
/// and case-insensitively, except those in [`CASED`], which are also English words.
const TECHNOLOGIES: &[(&str, &[&str])] = &[
    ("Kubernetes", &["kubernetes", "k8s", "kube"]),
    ("PostgreSQL", &["postgresql", "postgres", "psql"]),
    ("MySQL", &["mysql", "mariadb"]),
    // Microsoft's database and its dialect: "MS SQL" is not any SQL a Postgres user writes.
    (
        "SQL Server",
        &[
            "sql server",
            "ms sql",
            "mssql",
            "ms-sql",
            "microsoft sql server",
            "t-sql",
            "tsql",
        ],
    ),
    ("Go", &["golang", "Go"]),
    ("JavaScript", &["javascript", "js", "ecmascript"]),
    ("TypeScript", &["typescript"]),
    ("C#", &["c#", "csharp", ".net", "dotnet", "asp.net"]),
    ("C++", &["c++", "cpp"]),
    ("AWS", &["aws", "amazon web services"]),
    ("GCP", &["gcp", "google cloud", "google cloud platform"]),
    ("Azure", &["azure", "microsoft azure"]),
    ("Python", &["python"]),
    ("Java", &["java"]),
    ("Kotlin", &["kotlin"]),
    ("Scala", &["scala"]),
    ("Rust", &["Rust", "rustlang"]),
    ("Swift", &["Swift"]),
    ("SwiftUI", &["swiftui", "swift ui"]),
    ("UIKit", &["uikit"]),
    ("Jetpack Compose", &["jetpack compose", "Compose"]),
    (
        "Kotlin Coroutines",
        &["kotlin coroutines", "coroutines", "kotlinx.coroutines"],
    ),
    (
        "Kotlin Multiplatform",
        &["kotlin multiplatform", "kmp", "kmm"],
    ),
    ("JVM", &["jvm"]),
    ("Next.js", &["next.js", "nextjs"]),
    ("Django", &["django"]),
    ("Flask", &["flask"]),
    ("FastAPI", &["fastapi"]),
    ("Spring Boot", &["spring boot", "spring framework"]),
    ("Express", &["express.js", "expressjs"]),
    ("Pandas", &["pandas"]),
    ("NumPy", &["numpy"]),
    ("scikit-learn", &["scikit-learn", "sklearn"]),
    ("XGBoost", &["xgboost", "lightgbm"]),
    ("Hugging Face", &["hugging face", "huggingface"]),
    ("Keras", &["keras"]),
    ("S3", &["s3"]),
    ("EC2", &["ec2"]),
    ("EKS", &["eks"]),
    ("GKE", &["gke"]),
    ("AKS", &["aks"]),
    ("Redshift", &["redshift"]),
    ("Athena", &["athena"]),
    ("Kinesis", &["kinesis"]),
    ("SQS", &["sqs"]),
    ("SNS", &["sns"]),
    ("RDS", &["rds", "aurora"]),
    ("CloudFormation", &["cloudformation"]),
    ("Pub/Sub", &["pub/sub", "pubsub"]),
    ("Vertex AI", &["vertex ai"]),
    ("Azure Service Bus", &["service bus"]),
    ("Azure Functions", &["azure functions"]),
    ("Pulumi", &["pulumi"]),
    ("RabbitMQ", &["rabbitmq"]),
    ("Pulsar", &["pulsar"]),
    ("GitLab CI", &["gitlab ci", "gitlab"]),
    ("Argo CD", &["argo cd", "argocd", "gitops"]),
    ("NoSQL", &["nosql"]),
    (
        "Cloud",
        &[
            "cloud providers",
            "cloud provider",
            "public cloud",
            "cloud platforms",
            "cloud platform",
            "cloud infrastructure",
            "cloud-native",
            "cloud native",
            "cloud environments",
        ],
    ),
    (
        "Message queues",
        &[
            "message queue",
            "message queues",
            "messaging systems",
            "message broker",
            "message brokers",
        ],
    ),
    ("API", &["api", "apis"]),
    ("CSS", &["css", "css3", "sass", "scss", "tailwind"]),
    ("HTML", &["html", "html5"]),
    ("Electron", &["electron", "electron.js"]),
    (
        "Observability",
        &["observability", "monitoring", "alerting", "tracing"],
    ),
    (
        "Deep learning",
        &["deep learning", "neural networks", "neural network"],
    ),
    ("Objective-C", &["objective-c", "objc"]),
    ("Ruby", &["ruby"]),
    ("Rails", &["ruby on rails", "Rails"]),
    ("PHP", &["php", "laravel"]),
    ("Elixir", &["elixir", "phoenix"]),
    ("Node.js", &["node.js", "nodejs"]),
    ("React", &["React", "react.js", "reactjs"]),
    ("React Native", &["react native"]),
    ("Flutter", &["flutter", "dart"]),
    ("Angular", &["angular", "angularjs"]),
    ("Vue", &["vue", "vue.js", "vuejs"]),
    ("Android", &["android"]),
    ("Android Studio", &["android studio"]),
    ("Xcode", &["xcode"]),
    ("iOS", &["ios"]),
    ("Kafka", &["kafka"]),
    ("Flink", &["flink"]),
    ("Spark", &["Spark", "apache spark"]),
    ("PySpark", &["pyspark"]),
    ("Hadoop", &["hadoop", "hdfs"]),
    ("Airflow", &["airflow"]),
    ("dbt", &["dbt"]),
    ("Iceberg", &["iceberg", "apache iceberg"]),
    ("Trino", &["trino", "presto"]),
    ("Snowflake", &["snowflake"]),
    ("BigQuery", &["bigquery"]),
    ("Redis", &["redis"]),
    ("Elasticsearch", &["elasticsearch", "opensearch"]),
    ("MongoDB", &["mongodb", "mongo"]),
    ("Cassandra", &["cassandra", "scylladb"]),
    ("DynamoDB", &["dynamodb"]),
    ("Cosmos DB", &["cosmos db", "cosmosdb"]),
    ("SQL", &["sql"]),
    ("GraphQL", &["graphql"]),
    ("gRPC", &["grpc", "protobuf", "protocol buffers"]),
    ("REST", &["REST", "restful", "rest api", "rest apis"]),
    ("Docker", &["docker"]),
    (
        "Containers",
        &[
            "containers",
            "container",
            "containerised",
            "containerized",
            "container orchestration",
        ],
    ),
    ("Terraform", &["terraform"]),
    ("Infrastructure as code", &["infrastructure as code", "iac"]),
    ("Ansible", &["ansible"]),
    ("Helm", &["Helm"]),
    ("Prometheus", &["prometheus"]),
    ("Grafana", &["grafana"]),
    ("OpenTelemetry", &["opentelemetry", "otel"]),
    ("Datadog", &["datadog"]),
    ("Linux", &["linux"]),
    (
        "CI/CD",
        &[
            "ci/cd",
            "ci",
            "cd",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
        ],
    ),
    ("GitHub Actions", &["github actions"]),
    ("Git", &["git"]),
    ("Jenkins", &["jenkins"]),
    ("PyTorch", &["pytorch", "torch"]),
    ("TensorFlow", &["tensorflow"]),
    ("TensorFlow Lite", &["tflite", "tensorflow lite", "litert"]),
    ("ONNX", &["onnx", "onnx runtime"]),
    ("Core ML", &["core ml", "coreml"]),
    ("CUDA", &["cuda"]),
    ("Metal", &["Metal"]),
    (
        "LLM",
        &[
            "llm",
            "llms",
            "large language model",
            "large language models",
        ],
    ),
    ("Machine learning", &["machine learning", "ml"]),
    ("MLOps", &["mlops", "ml ops"]),
    ("PowerShell", &["powershell"]),
    ("Jest", &["jest"]),
    ("Playwright", &["playwright"]),
    ("Cypress", &["cypress"]),
    ("Selenium", &["selenium", "webdriver"]),
    ("Webpack", &["webpack"]),
    ("Redux", &["redux"]),
    (
        "Microservices",
        &["microservices", "microservice", "micro-services"],
    ),
    (
        "Event-driven",
        &["event-driven", "event bus", "event sourcing"],
    ),
    ("CDN", &["cdn", "content delivery network"]),
    (
        "Serverless",
        &["serverless", "aws lambda", "cloud functions"],
    ),
    (
        "SRE",
        &["sre", "site reliability", "site reliability engineering"],
    ),
    (
        "SLO",
        &[
            "slo",
            "slos",
            "sli",
            "slis",
            "service level objectives",
            "error budget",
            "error budgets",
        ],
    ),
    (
        "On-call",
        &["on-call", "on call", "pager", "paging", "incident response"],
    ),
    (
        "Chaos engineering",
        &["chaos engineering", "game days", "game day"],
    ),
];

/// Spellings that are also ordinary English words: matched only as written ("Go", not "go").
const CASED: &[&str] = &[
    "Go", "Rust", "Swift", "Spark", "Metal", "React", "REST", "Helm", "Compose", "Rails",
];

/// What each technology is a kind or a part of: work with the narrower one evidences the
/// broader (SwiftUI work is Swift work, EKS is Kubernetes is containers), never the other way
/// (Swift does not evidence SwiftUI). Followed transitively.
const BROADER: &[(&str, &[&str])] = &[
    ("SwiftUI", &["Swift", "iOS"]),
    ("UIKit", &["Swift", "iOS"]),
    ("Objective-C", &["iOS"]),
    ("Xcode", &["iOS"]),
    ("Core ML", &["iOS", "Machine learning"]),
    ("Jetpack Compose", &["Kotlin", "Android"]),
    ("Kotlin Coroutines", &["Kotlin"]),
    ("Kotlin Multiplatform", &["Kotlin"]),
    ("Android Studio", &["Android"]),
    ("Kotlin", &["JVM"]),
    ("Java", &["JVM"]),
    ("Scala", &["JVM"]),
    ("Spring Boot", &["Java"]),
    ("TypeScript", &["JavaScript"]),
    ("Node.js", &["JavaScript"]),
    ("Express", &["Node.js"]),
    ("React", &["JavaScript"]),
    ("Next.js", &["React"]),
    ("Redux", &["React"]),
    ("Jest", &["JavaScript"]),
    ("React Native", &["React"]),
    ("Vue", &["JavaScript"]),
    ("Angular", &["TypeScript"]),
    ("Django", &["Python"]),
    ("Flask", &["Python"]),
    ("FastAPI", &["Python"]),
    ("Pandas", &["Python"]),
    ("NumPy", &["Python"]),
    ("PySpark", &["Spark", "Python"]),
    ("Rails", &["Ruby"]),
    ("scikit-learn", &["Python", "Machine learning"]),
    ("XGBoost", &["Machine learning"]),
    ("Hugging Face", &["Machine learning"]),
    ("Keras", &["TensorFlow"]),
    ("TensorFlow Lite", &["TensorFlow"]),
    ("TensorFlow", &["Deep learning"]),
    ("PyTorch", &["Deep learning"]),
    ("ONNX", &["Machine learning"]),
    ("LLM", &["Deep learning"]),
    ("Deep learning", &["Machine learning"]),
    ("MLOps", &["Machine learning"]),
    ("Vertex AI", &["GCP", "MLOps"]),
    ("S3", &["AWS"]),
    ("EC2", &["AWS"]),
    ("EKS", &["AWS", "Kubernetes"]),
    ("GKE", &["GCP", "Kubernetes"]),
    ("AKS", &["Azure", "Kubernetes"]),
    ("Redshift", &["AWS", "SQL"]),
    ("Athena", &["AWS", "SQL"]),
    ("Kinesis", &["AWS", "Event-driven"]),
    ("SQS", &["AWS", "Message queues"]),
    ("SNS", &["AWS"]),
    ("RDS", &["AWS", "SQL"]),
    ("DynamoDB", &["AWS", "NoSQL"]),
    ("CloudFormation", &["AWS", "Infrastructure as code"]),
    ("BigQuery", &["GCP", "SQL"]),
    ("Pub/Sub", &["GCP", "Event-driven"]),
    ("Cosmos DB", &["Azure", "NoSQL"]),
    (
        "Azure Service Bus",
        &["Azure", "Message queues", "Event-driven"],
    ),
    ("Azure Functions", &["Azure", "Serverless"]),
    ("AWS", &["Cloud"]),
    ("GCP", &["Cloud"]),
    ("Azure", &["Cloud"]),
    ("Serverless", &["Cloud"]),
    ("Terraform", &["Infrastructure as code"]),
    ("Pulumi", &["Infrastructure as code"]),
    ("Ansible", &["Infrastructure as code"]),
    ("Helm", &["Kubernetes"]),
    ("Kubernetes", &["Containers"]),
    ("Docker", &["Containers"]),
    ("PostgreSQL", &["SQL"]),
    ("MySQL", &["SQL"]),
    ("SQL Server", &["SQL"]),
    ("Snowflake", &["SQL"]),
    ("Trino", &["SQL"]),
    ("MongoDB", &["NoSQL"]),
    ("Cassandra", &["NoSQL"]),
    ("Redis", &["NoSQL"]),
    ("Kafka", &["Event-driven", "Message queues"]),
    ("Pulsar", &["Event-driven", "Message queues"]),
    ("RabbitMQ", &["Message queues"]),
    ("GraphQL", &["API"]),
    ("gRPC", &["API"]),
    ("REST", &["API"]),
    ("Prometheus", &["Observability"]),
    ("Grafana", &["Observability"]),
    ("Datadog", &["Observability"]),
    ("OpenTelemetry", &["Observability"]),
    ("GitHub Actions", &["CI/CD"]),
    ("Jenkins", &["CI/CD"]),
    ("GitLab CI", &["CI/CD"]),
    ("Argo CD", &["CI/CD", "Kubernetes"]),
    ("Flink", &["Event-driven"]),
    ("Iceberg", &["SQL"]),
];

/// `name` and every technology it is a kind or part of, nearest first.
pub fn broader(name: &'static str) -> Vec<&'static str> {
    let mut out = vec![name];
    let mut next = 0;
    while let Some(current) = out.get(next).copied() {
        next += 1;
        for (narrow, wide) in BROADER {
            if *narrow == current {
                for w in *wide {
                    if !out.contains(w) {
                        out.push(*w);
                    }
                }
            }
        }
    }
    out
}

/// Words too common in postings and portfolios to say anything about a match.
const FILLER: &[&str] = &[
    "a",
    "about",
    "across",
    "after",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "candidate",
    "company",
    "could",
    "day",
    "do",
    "each",
    "eg",
    "etc",
    "excellent",
    "experience",
    "experienced",
    "familiar",
    "familiarity",
    "for",
    "from",
    "good",
    "great",
    "has",
    "have",
    "help",
    "ideal",
    "ideally",
    "ie",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "job",
    "knowledge",
    "least",
    "like",
    "looking",
    "making",
    "more",
    "must",
    "new",
    "nice",
    "of",
    "on",
    "one",
    "or",
    "other",
    "our",
    "own",
    "plus",
    "preferred",
    "proficiency",
    "proficient",
    "proven",
    "required",
    "requirements",
    "role",
    "should",
    "skills",
    "solid",
    "strong",
    "such",
    "team",
    "teams",
    "that",
    "the",
    "their",
    "them",
    "these",
    "this",
    "those",
    "through",
    "to",
    "track",
    "understanding",
    "up",
    "using",
    "various",
    "we",
    "well",
    "what",
    "which",
    "who",
    "will",
    "with",
    "within",
    "work",
    "working",
    "would",
    "year",
    "years",
    "you",
    "your",
    "able",
    "ability",
    "bonus",
    "have",
    "demonstrated",
    "hands",
    "deep",
    "high",
    "highly",
    "wide",
    "range",
    "building",
    "build",
    "built",
    "use",
    "used",
    "make",
    "made",
    "get",
    "how",
    "we're",
    "you'll",
    "e",
    "g",
    "so",
    "they",
    "there",
    "keep",
    "drive",
    "run",
    "own",
    "take",
    "write",
    "bring",
    "want",
    "need",
    "needs",
    "across",
    "etc",
    "us",
    "if",
    "not",
    "no",
    "than",
    "then",
    "via",
    "down",
    "up",
    "out",
    "off",
    "over",
    // Prepositions and conjunctions: "four times per year" shares "per" with "60 frames per
    // second", and nothing else.
    "per",
    "among",
    "upon",
    "approximately",
    "around",
    "during",
    "while",
    "whether",
    "without",
    "between",
];

/// A technology named in a text: its canonical name and the spelling found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundTechnology {
    /// The canonical name ("Kubernetes").
    pub name: &'static str,
    /// The text as written ("k8s").
    pub written: String,
}

/// The technologies named in `text`, each once, in order of first mention.
pub fn technologies(text: &str) -> Vec<FoundTechnology> {
    let lower = text.to_lowercase();
    let mut found: Vec<(usize, usize, FoundTechnology)> = Vec::new();
    for (name, spellings) in TECHNOLOGIES {
        let first = spellings.iter().filter_map(|spelling| {
            let cased = CASED.contains(spelling);
            let (haystack, needle) = if cased {
                (text, (*spelling).to_owned())
            } else {
                (lower.as_str(), spelling.to_lowercase())
            };
            find_whole(haystack, &needle, cased).map(|at| {
                let written = haystack.get(at..at + needle.len()).unwrap_or_default();
                (at, written.to_owned())
            })
        });
        if let Some((at, written)) = first.min_by_key(|(at, _)| *at) {
            // The written text comes from the lowercased copy when matched without case; take
            // it from the original where the lengths agree, so "K8s" reads as written.
            let written = if lower.len() == text.len() {
                text.get(at..at + written.len())
                    .map_or(written, str::to_owned)
            } else {
                written
            };
            found.push((at, written.len(), FoundTechnology { name, written }));
        }
    }
    // "Android" inside "Android Studio" is the longer name's.
    let spans: Vec<(usize, usize)> = found.iter().map(|(at, len, _)| (*at, at + len)).collect();
    found.retain(|(at, len, _)| {
        !spans
            .iter()
            .any(|(start, end)| *start <= *at && at + len <= *end && end - start > *len)
    });
    found.sort_by_key(|(at, _, _)| *at);
    found.into_iter().map(|(_, _, f)| f).collect()
}

/// The first place `needle` stands in `haystack` as a whole term: not inside a longer word,
/// and, for a cased spelling, not the first word of a sentence (where "Go" is the verb).
fn find_whole(haystack: &str, needle: &str, cased: bool) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = haystack.get(from..)?.find(needle) {
        let at = from + offset;
        let end = at + needle.len();
        let before = haystack.get(..at).and_then(|s| s.chars().next_back());
        let after = haystack.get(end..).and_then(|s| s.chars().next());
        let word_char = |c: char| c.is_alphanumeric() || c == '_';
        // "Node.js" ends a sentence too: a dot after is fine, a letter is not.
        let joined_after = after.is_some_and(|c| word_char(c) || c == '#' || c == '+')
            || (after == Some('-') && cased)
            || (after == Some('.')
                && haystack
                    .get(end + 1..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(word_char));
        let joined_before =
            before.is_some_and(|c| word_char(c) || c == '.' && !needle.starts_with('.'));
        // At a sentence's start "Go" is the verb, unless it stands alone or in a list
        // ("- Rust", "Go, Python or Java").
        let listed = haystack.get(end..).is_some_and(|rest| {
            let rest = rest.trim_start_matches(' ');
            rest.is_empty()
                || rest.starts_with([',', '/', ';', ')', '(', '\n'])
                || rest.starts_with("or ")
                || rest.starts_with("and ")
        });
        let sentence_start = cased && starts_sentence(haystack, at) && !listed;
        if !joined_before && !joined_after && !sentence_start {
            return Some(at);
        }
        from = at + needle.len().max(1);
    }
    None
}

/// Whether the word at `at` begins a sentence, a line or a bullet.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text
        .get(..at)
        .unwrap_or_default()
        .trim_end_matches([' ', '\t', '*', '-', '•']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// The stems of the content words of `text`, in order, technologies included as words.
pub fn stems(text: &str) -> Vec<String> {
    words(text)
        .filter(|w| !FILLER.contains(&w.as_str()) && w.chars().count() > 1)
        .map(|w| stem(&w))
        .collect()
}

/// Lowercase words, split at anything but letters and digits (an apostrophe stays in).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| {
            let w = w.trim_matches('\'');
            // "app's" is "app".
            w.strip_suffix("'s").unwrap_or(w).to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// A word's stem, British and American spellings made one ("quantised" and "quantization").
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::English));
    stemmer.stem(&american(word)).into_owned()
}

/// The American spelling of a British -ise/-yse word ("optimisation" → "optimization").
/// Applied to both sides of a match, it does no harm to words that never had a -z- ("raise").
fn american(word: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("isers", "izers"),
        ("iser", "izer"),
        ("ise", "ize"),
        ("ysing", "yzing"),
        ("ysed", "yzed"),
        ("yses", "yzes"),
        ("yse", "yze"),
    ];
    for (british, american) in ENDINGS {
        if let Some(root) = word.strip_suffix(british)
            && root.chars().count() >= 3
        {
            return format!("{root}{american}");
        }
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        technologies(text).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn spellings_of_one_technology_are_one() {
        assert_eq!(names("We run k8s on AWS"), ["Kubernetes", "AWS"]);
        assert_eq!(
            names("Amazon Web Services and Postgres"),
            ["AWS", "PostgreSQL"]
        );
        assert_eq!(names("C#/.NET services"), ["C#"]);
        assert_eq!(names("JS or TypeScript"), ["JavaScript", "TypeScript"]);
        assert_eq!(names("Node.js. Then more"), ["Node.js"]);
        assert_eq!(names("Android Studio"), ["Android Studio"]);
        assert_eq!(technologies("ran K8s")[0].written, "K8s");
    }

    #[test]
    fn go_the_language_is_not_go_the_verb() {
        assert_eq!(names("Services in Go and Python"), ["Go", "Python"]);
        assert_eq!(names("Golang experience"), ["Go"]);
        assert!(names("you will go above and beyond").is_empty());
        assert!(names("Go beyond the brief.").is_empty());
        assert_eq!(names("Rust"), ["Rust"]);
        assert_eq!(names("Go, Python or Java"), ["Go", "Python", "Java"]);
        assert!(names("our go-to-market team").is_empty());
        assert!(names("rust on the bridge, a swift reply").is_empty());
        assert!(names("javascripting").is_empty());
        assert!(names("react to pages; the rest of the team").is_empty());
        assert_eq!(
            names("built with React and REST APIs"),
            ["React", "REST", "API"]
        );
    }

    #[test]
    fn narrower_work_evidences_the_broader_technology_only() {
        assert_eq!(names("1+ year of production SwiftUI"), ["SwiftUI"]);
        assert!(broader("SwiftUI").contains(&"Swift"));
        assert!(!broader("Swift").contains(&"SwiftUI"));
        assert_eq!(names("Kotlin Coroutines and Flow"), ["Kotlin Coroutines"]);
        assert!(broader("Kotlin Coroutines").contains(&"Kotlin"));
        assert!(!broader("Kotlin").contains(&"Jetpack Compose"));
        assert!(broader("EKS").contains(&"Kubernetes"));
        assert!(broader("EKS").contains(&"Cloud"));
        assert_eq!(names("Experience with cloud providers"), ["Cloud"]);
        assert!(names("compose an email").is_empty());
    }

    #[test]
    fn word_forms_share_a_stem() {
        assert_eq!(stem("quantised"), stem("quantization"));
        assert_eq!(stem("optimise"), stem("optimizing"));
        assert_eq!(stem("migrations"), stem("migrating"));
        assert_eq!(stem("analysed"), stem("analyzing"));
        assert_eq!(
            stems("Experience with zero-downtime migrations"),
            ["zero", "downtim", "migrat"]
        );
    }
}
