//! An egui image loader for `file://` images that decodes off the UI thread within the
//! bounds of [`crate::images`], so no photo or diagram can stall a frame or exhaust memory.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::load::{ImageLoadResult, ImageLoader, ImagePoll, LoadError, SizeHint};
use egui::{ColorImage, Context};

/// A decoded image, a failure, or `None` while decoding.
type Entry = Option<Result<Arc<ColorImage>, crate::images::ImageError>>;

/// Loads `file://` URIs with [`crate::images::decode`] on a background thread.
#[derive(Default)]
pub struct BoundedImageLoader {
    cache: Arc<Mutex<HashMap<String, Entry>>>,
}

impl BoundedImageLoader {
    /// Installs the loader on `ctx`.
    pub fn install(ctx: &Context) {
        ctx.add_image_loader(Arc::new(Self::default()));
    }
}

impl ImageLoader for BoundedImageLoader {
    fn id(&self) -> &str {
        concat!(module_path!(), "::BoundedImageLoader")
    }

    fn load(&self, ctx: &Context, uri: &str, _size_hint: SizeHint) -> ImageLoadResult {
        let Some(path) = uri.strip_prefix("file://") else {
            return Err(LoadError::NotSupported);
        };
        let Ok(mut cache) = self.cache.lock() else {
            return Err(LoadError::Loading("the image cache is unavailable".into()));
        };
        match cache.get(uri) {
            Some(Some(Ok(image))) => {
                return Ok(ImagePoll::Ready {
                    image: Arc::clone(image),
                });
            }
            Some(Some(Err(error))) => return Err(LoadError::Loading(error.to_string())),
            Some(None) => return Ok(ImagePoll::Pending { size: None }),
            None => {}
        }
        cache.insert(uri.to_owned(), None);
        let path = PathBuf::from(path);
        let uri = uri.to_owned();
        let shared = Arc::clone(&self.cache);
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("folio image decoder".into())
            .spawn(move || {
                let result = crate::images::decode(&path).map(|rgba| {
                    let size = [rgba.width() as usize, rgba.height() as usize];
                    Arc::new(ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
                });
                if let Ok(mut cache) = shared.lock() {
                    cache.insert(uri, Some(result));
                }
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => Ok(ImagePoll::Pending { size: None }),
            Err(error) => Err(LoadError::Loading(format!(
                "cannot start decoding: {error}"
            ))),
        }
    }

    fn forget(&self, uri: &str) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.remove(uri);
        }
    }

    fn forget_all(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.clear();
        }
    }

    fn byte_size(&self) -> usize {
        self.cache.lock().map_or(0, |cache| {
            cache
                .values()
                .map(|entry| match entry {
                    Some(Ok(image)) => image.pixels.len() * 4,
                    Some(Err(_)) => 0,
                    None => 0,
                })
                .sum()
        })
    }

    fn has_pending(&self) -> bool {
        self.cache
            .lock()
            .is_ok_and(|cache| cache.values().any(Option::is_none))
    }
}
