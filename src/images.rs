//! Reading image files within bounds: a photo or diagram must never be able to exhaust
//! memory (a PNG that claims 65535×65535 pixels is a few hundred bytes on disk and 16 GB
//! decoded). No egui here; the UI turns the result into a texture.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an image cannot be shown. Each names the file.
#[derive(Debug, thiserror::Error, PartialEq, Eq, Clone)]
pub enum ImageError {
    /// The file could not be opened or read.
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{} is larger than {} MB", path.display(), MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// The file is neither a PNG nor a JPEG.
    #[error("{} is not a PNG or JPEG image", path.display())]
    NotAnImage {
        /// The file.
        path: PathBuf,
    },
    /// The header claims more pixels than [`MAX_PIXELS`].
    #[error(
        "{} is {width}×{height} pixels; folio shows images of up to {} megapixels",
        path.display(),
        MAX_PIXELS / (1024 * 1024)
    )]
    TooManyPixels {
        /// The file.
        path: PathBuf,
        /// Claimed width.
        width: u32,
        /// Claimed height.
        height: u32,
    },
    /// The header is damaged: not even the size can be read.
    #[error("{} is not a readable image: {reason}", path.display())]
    BadHeader {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
    /// The pixels are damaged.
    #[error("{} could not be decoded: {reason}", path.display())]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
}

/// Files larger than this are not read at all.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Images with more pixels than this are refused before decoding (64 megapixels).
pub const MAX_PIXELS: u64 = 64 * 1024 * 1024;
/// Decoded images are scaled down to at most this many pixels on the long side: a texture
/// of 4096² RGBA is 64 MB, more than any screen needs for a diagram.
pub const MAX_SIDE: u32 = 4096;

/// Width and height from the file's header, refusing files that are not images, are too
/// large on disk or claim too many pixels. Reads only the header.
pub fn probe(path: &Path) -> Result<(u32, u32), ImageError> {
    let bytes = read_bounded(path)?;
    let reader = open(path, &bytes)?;
    let (width, height) = reader
        .into_dimensions()
        .map_err(|error| bad_header(path, &error))?;
    check_pixels(path, width, height)?;
    Ok((width, height))
}

fn check_pixels(path: &Path, width: u32, height: u32) -> Result<(), ImageError> {
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_PIXELS {
        return Err(ImageError::TooManyPixels {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    Ok(())
}

fn damaged(path: &Path, error: &impl std::fmt::Display) -> ImageError {
    ImageError::Damaged {
        path: path.to_path_buf(),
        reason: error.to_string(),
    }
}

fn bad_header(path: &Path, error: &impl std::fmt::Display) -> ImageError {
    ImageError::BadHeader {
        path: path.to_path_buf(),
        reason: error.to_string(),
    }
}

/// A reader over `bytes` that knows their format, or why not.
fn open<'a>(
    path: &Path,
    bytes: &'a [u8],
) -> Result<image::ImageReader<std::io::Cursor<&'a [u8]>>, ImageError> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| damaged(path, &error))?;
    if reader.format().is_none() {
        return Err(ImageError::NotAnImage {
            path: path.to_path_buf(),
        });
    }
    Ok(reader)
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, ImageError> {
    let unreadable = |error: std::io::Error| ImageError::Unreadable {
        path: path.to_path_buf(),
        reason: error.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImageError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

/// Decodes an image within the limits above, scaled down to [`MAX_SIDE`] if needed.
pub fn decode(path: &Path) -> Result<image::RgbaImage, ImageError> {
    let bytes = read_bounded(path)?;
    // The header first: a bomb is refused before a single pixel is allocated.
    let (width, height) = open(path, &bytes)?
        .into_dimensions()
        .map_err(|error| bad_header(path, &error))?;
    check_pixels(path, width, height)?;
    let mut reader = open(path, &bytes)?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|error| damaged(path, &error))?;
    let image = if width.max(height) > MAX_SIDE {
        image.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        image
    };
    Ok(image.into_rgba8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid PNG header that claims `width`×`height` pixels, with no pixel data.
    fn bomb(width: u32, height: u32) -> Vec<u8> {
        fn chunk(kind: &[u8], body: &[u8]) -> Vec<u8> {
            let mut out = (body.len() as u32).to_be_bytes().to_vec();
            let mut crc_input = kind.to_vec();
            crc_input.extend_from_slice(body);
            out.extend_from_slice(kind);
            out.extend_from_slice(body);
            out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
            out
        }
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(
            b"IDAT",
            &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFF_u32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn refuses_decompression_bombs_before_decoding() {
        let dir = tempfile::tempdir().expect("temp dir");
        for (w, h) in [(20_000, 20_000), (65_535, 65_535)] {
            let path = dir.path().join(format!("bomb-{w}.png"));
            std::fs::write(&path, bomb(w, h)).expect("write");
            let error = decode(&path).expect_err("refused");
            assert!(error.to_string().contains("megapixels"), "{error}");
            assert!(matches!(error, ImageError::TooManyPixels { .. }));
            assert_eq!(probe(&path).expect_err("refused"), error);
        }
    }

    #[test]
    fn refuses_files_that_are_not_images() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("notes.png");
        std::fs::write(&path, "this is text").expect("write");
        assert!(matches!(probe(&path), Err(ImageError::NotAnImage { .. })));
        assert!(matches!(decode(&path), Err(ImageError::NotAnImage { .. })));
        let corrupt = dir.path().join("corrupt.png");
        let mut bytes = bomb(10, 10);
        bytes.truncate(20);
        std::fs::write(&corrupt, bytes).expect("write");
        assert!(decode(&corrupt).is_err());
    }

    #[test]
    fn decodes_and_scales_down_large_images() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("wide.png");
        image::RgbaImage::from_pixel(5000, 10, image::Rgba([1, 2, 3, 255]))
            .save(&path)
            .expect("write");
        let image = decode(&path).expect("decodes");
        assert_eq!(image.width(), MAX_SIDE);
        assert_eq!(probe(&path), Ok((5000, 10)));
    }
}
