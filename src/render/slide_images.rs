//! `folio export --slides -o DIR/`: every slide of the deck as a PNG, fully revealed, drawn
//! by the same present view the app shows, so an image is what the audience would have seen.
//!
//! Drawn without a window where a GPU adapter exists (egui_wgpu into a texture, as
//! egui_kittest renders its snapshots), else in a hidden glow window whose frames are read
//! back: a machine with only OpenGL can export too.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui_wgpu::{self, wgpu};

use crate::deck::pages::SlideLayouts;
use crate::deck::{Deck, Position};
use crate::document::Document;
use crate::export::ExportError;
use crate::ui::present::{CANVAS, Overlay, Stage, present_ui};
use crate::ui::theme::Theme;
use crate::write::WriteError;

use super::RendererChoice;

/// The size slides are written at unless `--size` says otherwise: full HD, what projectors
/// and video calls show.
pub const DEFAULT_SIZE: [u32; 2] = [1920, 1080];
/// Frames drawn before a slide is read back, so text layout and fonts have settled.
const SETTLE_FRAMES: u32 = 3;
/// How long to wait for a slide's images to decode before drawing it without them.
const IMAGE_WAIT: Duration = Duration::from_secs(20);
/// How long the GPU may take to draw one slide.
const GPU_WAIT: Duration = Duration::from_secs(30);

/// What to draw and where.
pub struct SlideImages<'a> {
    /// The portfolio.
    pub document: &'a Document,
    /// The slides (already selected by track or tags).
    pub deck: &'a Deck,
    /// Where relative image paths start.
    pub base_dir: Option<&'a Path>,
    /// The folder to write into; created if missing.
    pub folder: &'a Path,
    /// Width and height in pixels.
    pub size: [u32; 2],
    /// Dark rather than light slides.
    pub dark: bool,
    /// Replace images of an earlier export.
    pub force: bool,
    /// Force a renderer; `None` tries wgpu offscreen, then a hidden glow window.
    pub renderer: Option<RendererChoice>,
}

impl SlideImages<'_> {
    /// The file each slide is written to ([`slide_paths`]).
    pub fn paths(&self) -> Vec<PathBuf> {
        slide_paths(self.deck, self.folder)
    }

    /// Pixels per point: the slide canvas scaled to fill the image, as the app zooms a
    /// window of this size.
    fn pixels_per_point(&self) -> f32 {
        let [width, height] = self.size.map(|n| n as f32);
        (width / CANVAS.x).min(height / CANVAS.y)
    }
}

/// The file each slide of `deck` is written to in `folder`: its number, padded so that files
/// sort in slide order, then its id (`03-api-latency.png`).
pub fn slide_paths(deck: &Deck, folder: &Path) -> Vec<PathBuf> {
    let digits = deck.slides.len().to_string().len().max(2);
    deck.slides
        .iter()
        .enumerate()
        .map(|(index, slide)| {
            let id: String = slide
                .id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            folder.join(format!("{:0digits$}-{id}.png", index + 1))
        })
        .collect()
}

/// The slide images an earlier export left in `folder`: `NN-id.png`, as [`slide_paths`]
/// names them. Nothing else in the folder is ever touched.
fn earlier_images(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .and_then(|name| name.strip_suffix(".png"))
                .and_then(|stem| stem.split_once('-'))
                .is_some_and(|(number, id)| {
                    number.len() >= 2
                        && number.chars().all(|c| c.is_ascii_digit())
                        && !id.is_empty()
                })
        })
        .collect();
    found.sort();
    found
}

/// Writes every slide as a PNG into the folder, replacing an earlier set of slide images
/// whole: the new images are written beside it first, so a full disk or a failed drawing
/// leaves the earlier set as it was, and a shorter talk leaves none of the earlier images
/// behind. Nothing is written if slide images are there and `force` is off. Returns the
/// files written.
pub fn export_slide_images(request: &SlideImages) -> Result<Vec<PathBuf>, ExportError> {
    let paths = request.paths();
    let earlier = earlier_images(request.folder);
    if !request.force
        && let Some(existing) = paths.iter().find(|p| p.exists()).or(earlier.first())
    {
        return Err(WriteError::Exists {
            path: existing.clone(),
        }
        .into());
    }
    std::fs::create_dir_all(request.folder).map_err(|source| WriteError::Failed {
        path: request.folder.to_path_buf(),
        source,
    })?;
    let failed = |source: std::io::Error| WriteError::Failed {
        path: request.folder.to_path_buf(),
        source,
    };
    let staging = tempfile::Builder::new()
        .prefix(".folio-slides-")
        .tempdir_in(request.folder)
        .map_err(failed)?;
    // Each slide is encoded and written while the next is drawn (two cores, two jobs), and
    // no more than two images are held at once: twenty slides at 1920×1080 were 160 MB of
    // pixels kept until the last was drawn.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<image::RgbaImage>(1);
    let (drawn, staged) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let mut staged = Vec::new();
            for (path, image) in paths.iter().zip(receiver) {
                let name = path.file_name().unwrap_or_default();
                let beside = staging.path().join(name);
                let bytes = encode_png(&image)?;
                std::fs::write(&beside, &bytes).map_err(failed)?;
                staged.push((beside, path));
            }
            Ok::<_, ExportError>(staged)
        });
        let mut sink = |image: image::RgbaImage| {
            sender
                .send(image)
                .map_err(|error| ExportError::Renderer(format!("the PNG writer stopped: {error}")))
        };
        let drawn = draw_all(request, &mut sink);
        drop(sender);
        let staged = writer
            .join()
            .unwrap_or_else(|_| Err(ExportError::Renderer("the PNG writer failed".into())));
        (drawn, staged)
    });
    // A writing error (a full disk) says more than the drawing's "the writer stopped".
    let staged = staged?;
    let drawn = drawn?;
    if drawn != paths.len() || staged.len() != paths.len() {
        return Err(ExportError::Renderer(format!(
            "{} of {} slides were drawn",
            staged.len().min(drawn),
            paths.len()
        )));
    }
    // Every new image is on disk: the earlier set goes, the new one takes its place (a
    // rename in one folder, which needs no space).
    for old in &earlier {
        std::fs::remove_file(old).map_err(failed)?;
    }
    for (beside, path) in staged {
        std::fs::rename(beside, path).map_err(failed)?;
    }
    Ok(paths)
}

/// Draws every slide with the renderer asked for (by default wgpu without a window, else a
/// hidden OpenGL window), handing each image to `sink` in order; returns how many.
fn draw_all(
    request: &SlideImages,
    sink: &mut dyn FnMut(image::RgbaImage) -> Result<(), ExportError>,
) -> Result<usize, ExportError> {
    let from_window = |sink: &mut dyn FnMut(image::RgbaImage) -> Result<(), ExportError>| {
        let images = hidden_window(request)?;
        let count = images.len();
        for image in images {
            sink(image)?;
        }
        Ok(count)
    };
    match request.renderer {
        Some(RendererChoice::Wgpu) => offscreen(request, sink),
        Some(RendererChoice::Glow) => from_window(sink),
        None => match Gpu::new() {
            Ok(gpu) => offscreen_with(&gpu, request, sink),
            Err(ExportError::Renderer(offscreen_reason)) => from_window(sink).map_err(|error| {
                ExportError::Renderer(format!(
                    "no GPU adapter ({offscreen_reason}), and the window fallback failed: {error}"
                ))
            }),
            Err(error) => Err(error),
        },
    }
}

/// A slide as a PNG, compressed for speed: a slide image is written once and sent once,
/// and the fastest deflate setting costs a little size and saves most of the time.
fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, ExportError> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Fast, FilterType::Adaptive)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|error| ExportError::Renderer(format!("cannot encode a PNG: {error}")))?;
    Ok(bytes)
}

/// A context set up as the app sets up its window: fonts for every script in the file,
/// the image loader, the theme, no animation.
fn slide_context(request: &SlideImages) -> egui::Context {
    let ctx = egui::Context::default();
    prepare(&ctx, request);
    ctx
}

fn prepare(ctx: &egui::Context, request: &SlideImages) {
    crate::ui::theme::install_fonts(ctx);
    crate::ui::image_loader::BoundedImageLoader::install(ctx);
    crate::ui::fonts::draw_every_script(ctx, &request.document.portfolio.all_text());
    let theme = slide_theme(request);
    ctx.set_visuals(theme.visuals());
    ctx.all_styles_mut(|style| style.animation_time = 0.0);
}

fn slide_theme(request: &SlideImages) -> Theme {
    Theme::new(request.dark, request.document.portfolio.accent, false)
}

/// Whether the slide's background is painted as a shape, or left to the render pass's clear.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Background {
    /// Painted (a window's frame: the screenshot is of what egui drew).
    Painted,
    /// The target is cleared to it: on a software GPU a full-screen quad through egui's
    /// shader was four fifths of a slide's time (65 ms of 80 at 1920×1080 on lavapipe).
    Cleared,
}

/// Draws slide `index` with every reveal step shown, as present mode does.
fn draw_slide(
    ui: &mut egui::Ui,
    request: &SlideImages,
    layouts: &mut SlideLayouts,
    index: usize,
    background: Background,
) {
    let theme = slide_theme(request);
    let step = request
        .deck
        .slide(index)
        .map_or(0, |slide| slide.steps.saturating_sub(1));
    let mut overlay = Overlay::None;
    let mut stage = Stage {
        deck: request.deck,
        position: Position { slide: index, step },
        overlay: &mut overlay,
        timer: None,
        base_dir: request.base_dir,
        layouts,
        // One document for the whole export: the layouts never go stale.
        generation: 0,
        flash: None,
        overlay_private: false,
    };
    // Links and clicks do nothing in an image.
    let mut ignored = Vec::new();
    let frame = match background {
        Background::Painted => egui::Frame::new().fill(theme.palette.background),
        Background::Cleared => egui::Frame::NONE,
    };
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        present_ui(ui, &theme, request.document, &mut stage, &mut ignored);
    });
}

/// Draws every slide into a texture with wgpu and reads it back.
fn offscreen(
    request: &SlideImages,
    sink: &mut dyn FnMut(image::RgbaImage) -> Result<(), ExportError>,
) -> Result<usize, ExportError> {
    offscreen_with(&Gpu::new()?, request, sink)
}

/// Draws every slide with wgpu and no window, handing each image to `sink`.
fn offscreen_with(
    gpu: &Gpu,
    request: &SlideImages,
    sink: &mut dyn FnMut(image::RgbaImage) -> Result<(), ExportError>,
) -> Result<usize, ExportError> {
    let ctx = slide_context(request);
    let ppp = request.pixels_per_point();
    let [width, height] = request.size;
    let points = egui::vec2(width as f32, height as f32) / ppp;
    let mut layouts = SlideLayouts::new();
    for index in 0..request.deck.slides.len() {
        let started = Instant::now();
        let mut frame = 0;
        let output = loop {
            let mut input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, points)),
                ..Default::default()
            };
            input
                .viewports
                .entry(egui::ViewportId::ROOT)
                .or_default()
                .native_pixels_per_point = Some(ppp);
            // An image that finished decoding while this frame ran was drawn as its
            // placeholder: only a frame that began and ended with nothing pending is taken.
            let pending_before = ctx.has_pending_images();
            let mut output = ctx.run_ui(input, |ui| {
                draw_slide(ui, request, &mut layouts, index, Background::Cleared);
            });
            gpu.update_textures(&mut output.textures_delta);
            frame += 1;
            let waiting =
                (pending_before || ctx.has_pending_images()) && started.elapsed() < IMAGE_WAIT;
            if frame >= SETTLE_FRAMES && !waiting {
                break output;
            }
            if waiting {
                std::thread::sleep(Duration::from_millis(5));
            }
        };
        let background = slide_theme(request).palette.background;
        sink(gpu.render(&ctx, output, request.size, background)?)?;
    }
    Ok(request.deck.slides.len())
}

/// wgpu with no window: a device, a queue and egui's renderer.
struct Gpu {
    state: egui_wgpu::RenderState,
}

impl Gpu {
    fn new() -> Result<Self, ExportError> {
        let mut setup = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
        // As the app's window: the native APIs, so wgpu's OpenGL backend is not tried twice
        // (the hidden glow window is the OpenGL path).
        setup.instance_descriptor.backends =
            wgpu::Backends::from_env().unwrap_or(wgpu::Backends::PRIMARY);
        let setup = egui_wgpu::WgpuSetup::CreateNew(setup);
        let instance = pollster::block_on(setup.new_instance());
        let state = pollster::block_on(egui_wgpu::RenderState::create(
            &egui_wgpu::WgpuConfiguration {
                wgpu_setup: setup,
                ..Default::default()
            },
            &instance,
            None,
            egui_wgpu::RendererOptions::default(),
        ))
        .map_err(|error| ExportError::Renderer(error.to_string()))?;
        Ok(Self { state })
    }

    fn update_textures(&self, delta: &mut egui::TexturesDelta) {
        let mut renderer = self.state.renderer.write();
        for (id, images) in std::mem::take(&mut delta.set) {
            for image in images {
                renderer.update_texture(&self.state.device, &self.state.queue, id, &image);
            }
        }
        for id in std::mem::take(&mut delta.free) {
            renderer.free_texture(&id);
        }
    }

    fn render(
        &self,
        ctx: &egui::Context,
        output: egui::FullOutput,
        [width, height]: [u32; 2],
        background: egui::Color32,
    ) -> Result<image::RgbaImage, ExportError> {
        let (device, queue) = (&self.state.device, &self.state.queue);
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point: output.pixels_per_point,
        };
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("folio slide"),
        });
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("folio slide"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: self.state.target_format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut renderer = self.state.renderer.write();
        let user_buffers =
            renderer.update_buffers(device, queue, &mut encoder, &primitives, &screen);
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("folio slide"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(clear_colour(
                                background,
                                self.state.target_format.is_srgb(),
                            )),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, &primitives, &screen);
        }
        // Rows of a texture copy are padded to wgpu's alignment.
        let row = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded_row = row.div_ceil(align) * align;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("folio slide pixels"),
            size: (padded_row * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: u32::try_from(padded_row).ok(),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
        );
        let submission = queue.submit(user_buffers.into_iter().chain([encoder.finish()]));
        let slice = buffer.slice(..);
        let (sender, receiver) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |result| {
            let _ = sender.send(result);
        });
        let failed = |what: String| ExportError::Renderer(what);
        device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(GPU_WAIT),
            })
            .map_err(|error| failed(format!("the GPU did not finish: {error}")))?;
        receiver
            .recv()
            .map_err(|error| failed(error.to_string()))?
            .map_err(|error| failed(format!("cannot read the slide back: {error}")))?;
        let mapped = slice
            .get_mapped_range()
            .map_err(|error| failed(format!("cannot read the slide back: {error}")))?;
        let pixels: Vec<u8> = mapped
            .chunks_exact(padded_row)
            .flat_map(|line| line.iter().take(row))
            .copied()
            .collect();
        drop(mapped);
        buffer.unmap();
        let mut image = image::RgbaImage::from_raw(width, height, pixels)
            .ok_or_else(|| failed("the slide has the wrong number of pixels".into()))?;
        // The slide fills its background, so every pixel is opaque; a PNG viewer should not
        // show anti-aliased edges against a checkerboard.
        for pixel in image.pixels_mut() {
            pixel.0[3] = 255;
        }
        Ok(image)
    }
}

/// `colour` as a render pass clears to it: in linear light when the target stores sRGB (the
/// GPU encodes it on the way in), as it is otherwise.
fn clear_colour(colour: egui::Color32, srgb_target: bool) -> wgpu::Color {
    let channel = |c: u8| {
        let value = f64::from(c) / 255.0;
        if !srgb_target {
            value
        } else if value <= 0.040_45 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    wgpu::Color {
        r: channel(colour.r()),
        g: channel(colour.g()),
        b: channel(colour.b()),
        a: 1.0,
    }
}

/// Draws every slide in a window that is never shown, with glow, and reads each frame back.
fn hidden_window(request: &SlideImages) -> Result<Vec<image::RgbaImage>, ExportError> {
    let [width, height] = request.size;
    let viewport = egui::ViewportBuilder::default()
        .with_title("folio export")
        .with_app_id("folio")
        .with_visible(false)
        .with_decorations(false)
        .with_resizable(false)
        .with_inner_size([width as f32, height as f32]);
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: false,
        persistence_path: None,
        system_font_fallback: false,
        ..Default::default()
    };
    let shot: Arc<Mutex<Result<Vec<image::RgbaImage>, String>>> = Arc::new(Mutex::new(Err(
        "the window closed before the slides were drawn".into(),
    )));
    let slot = Arc::clone(&shot);
    // The app owns copies: eframe wants a `'static` app.
    let owned = OwnedRequest {
        document: request.document.clone(),
        deck: request.deck.clone(),
        base_dir: request.base_dir.map(Path::to_path_buf),
        size: request.size,
        dark: request.dark,
    };
    eframe::run_native(
        "folio export",
        native,
        Box::new(move |cc| {
            let shooter = WindowShooter::new(&cc.egui_ctx, owned, slot);
            Ok(Box::new(shooter))
        }),
    )
    .map_err(|error| ExportError::Renderer(error.to_string()))?;
    let result = shot
        .lock()
        .map_err(|poisoned| {
            ExportError::Renderer(format!("the window's thread failed: {poisoned}"))
        })?
        .clone();
    result.map_err(ExportError::Renderer)
}

/// What the hidden window draws, owned.
struct OwnedRequest {
    document: Document,
    deck: Deck,
    base_dir: Option<PathBuf>,
    size: [u32; 2],
    dark: bool,
}

impl OwnedRequest {
    fn borrowed(&self) -> SlideImages<'_> {
        SlideImages {
            document: &self.document,
            deck: &self.deck,
            base_dir: self.base_dir.as_deref(),
            folder: Path::new(""),
            size: self.size,
            dark: self.dark,
            force: false,
            renderer: Some(RendererChoice::Glow),
        }
    }
}

/// Steps through the slides in the hidden window: draw, settle, ask for a screenshot, next.
struct WindowShooter {
    request: OwnedRequest,
    layouts: SlideLayouts,
    index: usize,
    frames: u32,
    started: Instant,
    /// A screenshot was asked for the current slide and has not arrived.
    waiting: bool,
    images: Vec<image::RgbaImage>,
    /// The screenshot of the current slide, once the renderer has read it.
    arrived: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
    result: Arc<Mutex<Result<Vec<image::RgbaImage>, String>>>,
}

impl WindowShooter {
    fn new(
        ctx: &egui::Context,
        request: OwnedRequest,
        result: Arc<Mutex<Result<Vec<image::RgbaImage>, String>>>,
    ) -> Self {
        prepare(ctx, &request.borrowed());
        Self {
            request,
            layouts: SlideLayouts::new(),
            index: 0,
            frames: 0,
            started: Instant::now(),
            waiting: false,
            images: Vec::new(),
            arrived: Arc::new(Mutex::new(None)),
            result,
        }
    }

    fn finish(&mut self, ctx: &egui::Context, outcome: Result<Vec<image::RgbaImage>, String>) {
        if let Ok(mut slot) = self.result.lock() {
            *slot = outcome;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

impl eframe::App for WindowShooter {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // The window's own scale differs from machine to machine; zoom so the slide canvas
        // fills the requested pixels.
        let native = ctx.native_pixels_per_point().unwrap_or(1.0);
        let wanted = self.request.borrowed().pixels_per_point();
        if (ctx.pixels_per_point() - wanted).abs() > 0.001 {
            ctx.set_zoom_factor(wanted / native);
        }
        let screenshot = self.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let Some(image) = screenshot
            && self.waiting
        {
            let [width, height] = image.size;
            let pixels: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
            let converted = u32::try_from(width)
                .ok()
                .zip(u32::try_from(height).ok())
                .and_then(|(w, h)| image::RgbaImage::from_raw(w, h, pixels));
            let Some(mut converted) = converted else {
                self.finish(
                    &ctx,
                    Err("a screenshot has the wrong number of pixels".into()),
                );
                return;
            };
            let [want_w, want_h] = self.request.size;
            if converted.dimensions() != (want_w, want_h) {
                converted = image::imageops::resize(
                    &converted,
                    want_w,
                    want_h,
                    image::imageops::FilterType::Triangle,
                );
            }
            self.images.push(converted);
            self.waiting = false;
            self.index += 1;
            self.frames = 0;
            self.started = Instant::now();
        }
        if self.index >= self.request.deck.slides.len() {
            // Frames may still come while the window closes; the images are handed over once.
            if !self.images.is_empty() {
                let images = std::mem::take(&mut self.images);
                self.finish(&ctx, Ok(images));
            }
            return;
        }
        // As in the window-less path: a frame that began with an image pending may show its
        // placeholder, however it ends.
        let pending_before = ctx.has_pending_images();
        draw_slide(
            ui,
            &self.request.borrowed(),
            &mut self.layouts,
            self.index,
            Background::Painted,
        );
        ctx.request_repaint();
        self.frames += 1;
        let images_pending =
            (pending_before || ctx.has_pending_images()) && self.started.elapsed() < IMAGE_WAIT;
        if !self.waiting && self.frames >= SETTLE_FRAMES && !images_pending {
            self.waiting = true;
            let arrived = Arc::clone(&self.arrived);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut slot) = arrived.lock() {
                    *slot = Some(image);
                }
                repaint.request_repaint();
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synthetic(cases: usize, jobs: usize) -> Document {
        let text = crate::synthetic::portfolio(cases, jobs);
        let loaded = crate::load::load_str(&text, "synthetic.ron", None).expect("loads");
        Document::new(loaded.portfolio)
    }

    fn request<'a>(document: &'a Document, deck: &'a Deck) -> SlideImages<'a> {
        SlideImages {
            document,
            deck,
            base_dir: None,
            folder: Path::new("out"),
            size: DEFAULT_SIZE,
            dark: false,
            force: false,
            renderer: None,
        }
    }

    #[test]
    fn files_sort_in_slide_order_and_name_the_slide() {
        let document = synthetic(3, 12);
        let deck = Deck::new(&document.portfolio);
        let paths = request(&document, &deck).paths();
        assert_eq!(paths.len(), deck.slides.len());
        let first = format!("01-{}.png", deck.slides[0].id);
        assert!(paths[0].ends_with(&first), "{:?}", paths[0]);
        // More than 99 slides get three digits, so names still sort.
        assert!(deck.slides.len() < 100);
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(sorted, paths);
        for path in &paths {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
                "{name}"
            );
        }
    }

    #[test]
    fn the_canvas_fills_the_image() {
        let document = synthetic(1, 1);
        let deck = Deck::new(&document.portfolio);
        let mut request = request(&document, &deck);
        assert!((request.pixels_per_point() - 1.5).abs() < 1e-6);
        request.size = [3840, 2160];
        assert!((request.pixels_per_point() - 3.0).abs() < 1e-6);
        // 4:3 is limited by its width: the 16:9 canvas is letterboxed, never cut.
        request.size = [1024, 768];
        assert!((request.pixels_per_point() - 0.8).abs() < 1e-6);
    }
}
