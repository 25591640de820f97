//! Gives folio.exe its icon and version information (what Explorer shows in Properties).
//! Only for Windows targets; a machine without the resource compiler (mingw's `windres`, or
//! `rc.exe` with MSVC) still builds, with a warning, so `cargo check --target
//! x86_64-pc-windows-gnu` works anywhere.

#[path = "src/ui/icon_art.rs"]
#[allow(dead_code)]
mod icon_art;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/ui/icon_art.rs");
    // The resource compiler winresource picks; a changed choice must build the resources again.
    for variable in ["WINDRES", "AR", "RC_PATH", "CROSS_COMPILE"] {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(reason) = windows_resources() {
        println!("cargo:warning=folio.exe gets no icon or version information: {reason}");
    }
}

fn windows_resources() -> Result<(), String> {
    let out_dir = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let icon = std::path::Path::new(&out_dir).join("folio.ico");
    std::fs::write(&icon, icon_art::ico()).map_err(|e| e.to_string())?;
    let icon = icon
        .to_str()
        .ok_or("the build folder's path is not UTF-8")?;
    winresource::WindowsResource::new()
        .set_icon(icon)
        .set("ProductName", "folio")
        .set(
            "FileDescription",
            "folio: present and browse a software engineer's portfolio",
        )
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .compile()
        .map_err(|e| e.to_string())
}
