//! `--screenshot OUT.png`: draw until images are loaded and nothing moves, save the frame as a
//! PNG, close the window.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames drawn before the shot, so fonts, layout and scroll positions have settled.
const SETTLE_FRAMES: u32 = 8;
/// Give up waiting for images after this many frames and shoot anyway.
const MAX_WAIT_FRAMES: u32 = 600;

/// How a screenshot run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScreenshotOutcome {
    /// Not taken yet.
    Pending,
    /// Saved to this path.
    Saved(PathBuf),
    /// Failed, with the reason.
    Failed(String),
}

pub(super) struct Job {
    path: PathBuf,
    frames: u32,
    /// Every frame since the start, settled or not.
    waited: u32,
    requested: bool,
    closing: bool,
    result: Arc<Mutex<ScreenshotOutcome>>,
}

impl Job {
    pub(super) fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            waited: 0,
            requested: false,
            closing: false,
            result: Arc::new(Mutex::new(ScreenshotOutcome::Pending)),
        }
    }

    pub(super) fn outcome(&self) -> ScreenshotOutcome {
        self.result
            .lock()
            .map(|r| r.clone())
            .unwrap_or_else(|_| ScreenshotOutcome::Failed("the screenshot thread failed".into()))
    }

    /// Called once per frame after drawing; `busy` while something is still moving (a jump
    /// to a section), which the settling frames then wait for.
    pub(super) fn step(&mut self, ctx: &egui::Context, busy: bool) {
        self.frames += 1;
        self.waited += 1;
        if busy && !self.requested && self.waited < MAX_WAIT_FRAMES {
            ctx.request_repaint();
            self.frames = self.frames.min(1);
            return;
        }
        ctx.request_repaint();
        if self.closing {
            return;
        }
        if !self.requested {
            let settled = self.frames >= SETTLE_FRAMES && !ctx.has_pending_images();
            if settled || self.waited >= MAX_WAIT_FRAMES {
                self.requested = true;
                let path = self.path.clone();
                let result = Arc::clone(&self.result);
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    let outcome = match save_png(&image, &path) {
                        Ok(()) => ScreenshotOutcome::Saved(path),
                        Err(error) => ScreenshotOutcome::Failed(error),
                    };
                    if let Ok(mut slot) = result.lock() {
                        *slot = outcome;
                    }
                    repaint.request_repaint();
                });
            }
            return;
        }
        if self.outcome() != ScreenshotOutcome::Pending {
            self.closing = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn save_png(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let width = u32::try_from(width).map_err(|e| e.to_string())?;
    let height = u32::try_from(height).map_err(|e| e.to_string())?;
    let buffer = image::RgbaImage::from_raw(width, height, bytes)
        .ok_or_else(|| "the screenshot has the wrong number of pixels".to_owned())?;
    buffer
        .save(path)
        .map_err(|error| format!("cannot save {}: {error}", path.display()))
}
