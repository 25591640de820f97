//! Drawing without the app's window: the renderer a window or an image is drawn with, and
//! the slides drawn to PNG images (`slide_images`), which the app's Export menu and
//! `folio export --slides -o DIR/` both use. Above `ui`, whose views it draws; below the
//! front ends, so neither the app nor the command line needs the other.

pub mod slide_images;

pub use slide_images::{
    DEFAULT_SIZE as DEFAULT_SLIDE_SIZE, SlideImages, export_slide_images, slide_paths,
};

/// Which graphics backend draws the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RendererChoice {
    /// wgpu: Vulkan, Metal or DirectX 12, for machines whose OpenGL driver is missing or broken.
    Wgpu,
    /// glow: OpenGL 2 or later (or OpenGL ES), the default: it starts sooner and runs on the
    /// oldest hardware (docs/performance.md has the figures).
    Glow,
}

impl RendererChoice {
    /// The renderer eframe is asked for.
    pub fn eframe(self) -> eframe::Renderer {
        match self {
            RendererChoice::Wgpu => eframe::Renderer::Wgpu,
            RendererChoice::Glow => eframe::Renderer::Glow,
        }
    }

    /// How messages name it.
    pub fn name(self) -> &'static str {
        match self {
            RendererChoice::Wgpu => "wgpu",
            RendererChoice::Glow => "glow (OpenGL)",
        }
    }
}
