//! `folio export --slides -o DIR/`: one PNG per slide of the deck, drawn by the app's own
//! present view without a window (wgpu; CI has Mesa's lavapipe). Checked on fixtures shaped
//! unlike the bundled portfolio: a Chinese name with a photo and diagrams, a Cyrillic one
//! with a track. The pictures must be in the images, not placeholders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use image::{Rgba, RgbaImage};

fn folio_export(fixture: &str, out: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("export")
        .arg(fixture)
        .arg("--slides")
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

fn pngs(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "png"))
        .collect();
    files.sort();
    files
}

fn deck(fixture: &str, track: Option<&str>) -> folio::deck::Deck {
    let portfolio = folio::load::load(Path::new(fixture)).unwrap().portfolio;
    let selection = folio::deck::Selection::new(&portfolio, track, &[]).unwrap();
    folio::deck::Deck::select(&portfolio, &selection)
}

/// The colour at a fraction of a picture's width and height.
fn colour_at(path: &str, x: f32, y: f32) -> Rgba<u8> {
    let picture = image::open(path).unwrap().to_rgba8();
    let (width, height) = picture.dimensions();
    *picture.get_pixel((width as f32 * x) as u32, (height as f32 * y) as u32)
}

/// How many pixels of `image` are within a small distance of `colour`.
fn pixels_like(image: &RgbaImage, colour: Rgba<u8>) -> usize {
    image
        .pixels()
        .filter(|p| (0..3).all(|i| p.0[i].abs_diff(colour.0[i]) <= 10))
        .count()
}

fn luminance(pixel: Rgba<u8>) -> f32 {
    0.2126 * f32::from(pixel.0[0]) + 0.7152 * f32::from(pixel.0[1]) + 0.0722 * f32::from(pixel.0[2])
}

#[test]
fn every_slide_is_an_image_with_the_photo_and_diagrams_drawn() {
    let fixture = "tests/fixtures/mobile-ml.ron";
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist yet is created.
    let out = dir.path().join("slides");
    let output = folio_export(fixture, &out, &["--size", "1280x720"]);
    assert!(output.status.success(), "{output:?}");
    let deck = deck(fixture, None);
    let files = pngs(&out);
    assert_eq!(files.len(), deck.slides.len(), "{files:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains(&format!("wrote {} slides", deck.slides.len()))
    );
    let images: Vec<RgbaImage> = files
        .iter()
        .map(|f| image::open(f).unwrap().to_rgba8())
        .collect();
    for (file, (image, slide)) in files.iter().zip(images.iter().zip(&deck.slides)) {
        assert_eq!(image.dimensions(), (1280, 720), "{file:?}");
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(name.ends_with(&format!("-{}.png", slide.id)), "{name}");
        // Text was drawn: a blank or single-colour frame has a handful of colours at most.
        let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
        colours.sort_unstable();
        colours.dedup();
        assert!(
            colours.len() > 30,
            "{name} looks blank: {} colours",
            colours.len()
        );
    }
    // The photo is on the title slide, at its own colours.
    let photo = colour_at("tests/fixtures/images/photo.png", 0.5, 0.5);
    assert!(
        pixels_like(&images[0], photo) > 500,
        "the title slide does not show the photo's colour {photo:?}"
    );
    // The ranking diagram (a blue box on its left) is on one of the case study's slides.
    let diagram = colour_at("tests/fixtures/images/ranking-diagram.png", 0.2, 0.5);
    let showing = images
        .iter()
        .filter(|image| pixels_like(image, diagram) > 2_000)
        .count();
    assert!(
        showing >= 1,
        "no slide shows the diagram's colour {diagram:?}"
    );
}

#[test]
fn a_track_in_dark_is_dark_and_existing_images_are_kept_without_force() {
    let fixture = "tests/fixtures/sre-cyrillic.ron";
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("talk/");
    let args = [
        "--track",
        "reliability",
        "--theme",
        "dark",
        "--size",
        "960x540",
    ];
    let output = folio_export(fixture, &out, &args);
    assert!(output.status.success(), "{output:?}");
    let files = pngs(&out);
    assert_eq!(files.len(), deck(fixture, Some("reliability")).slides.len());
    let first = image::open(&files[0]).unwrap().to_rgba8();
    assert_eq!(first.dimensions(), (960, 540));
    assert!(luminance(*first.get_pixel(5, 5)) < 60.0, "not dark");

    let before = std::fs::read(&files[0]).unwrap();
    let again = folio_export(fixture, &out, &["--track", "reliability"]);
    assert_eq!(again.status.code(), Some(2), "{again:?}");
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&files[0]).unwrap(),
        before,
        "an image was replaced"
    );

    let forced = folio_export(fixture, &out, &["--track", "reliability", "--force"]);
    assert!(forced.status.success(), "{forced:?}");
    let light = image::open(&files[0]).unwrap().to_rgba8();
    assert_eq!(light.dimensions(), (1920, 1080), "the default size");
    assert!(luminance(*light.get_pixel(5, 5)) > 200.0, "not light");
}

/// A second export into the same folder replaces the first set whole: the whole talk, then
/// a track of it, leaves only the track's images, and a file of the user's stays.
#[test]
fn an_export_replaces_the_earlier_set_whole() {
    let fixture = "tests/fixtures/sre-cyrillic.ron";
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("talk/");
    let small = ["--size", "480x270"];
    assert!(folio_export(fixture, &out, &small).status.success());
    assert_eq!(pngs(&out).len(), deck(fixture, None).slides.len());
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let track = [&small[..], &["--track", "reliability", "--force"]].concat();
    let output = folio_export(fixture, &out, &track);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        pngs(&out).len(),
        deck(fixture, Some("reliability")).slides.len(),
        "only the track's images: {:?}",
        pngs(&out)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "mine"
    );
    let entries = std::fs::read_dir(&out).unwrap().count();
    assert_eq!(
        entries,
        pngs(&out).len() + 1,
        "no staging folder left behind"
    );
}

#[test]
fn size_is_for_images_only_and_in_whole_pixels() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("slides.pdf");
    let output = folio_export(
        "tests/fixtures/sre-cyrillic.ron",
        &pdf,
        &["--size", "1280x720"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--size applies to slides as images"));
    assert!(!pdf.exists());

    let output = folio_export(
        "tests/fixtures/sre-cyrillic.ron",
        &dir.path().join("png"),
        &["--size", "1280.5x720"],
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("whole pixels"));
}
