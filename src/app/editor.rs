//! Opening a file in the user's text editor, for "Start a new portfolio". Not the file's
//! default application: once folio is installed, that is folio itself for a `.ron` file.

use std::path::Path;
use std::process::{Command, Stdio};

/// Starts the system's text editor on `path`, without waiting for it. Returns whether one
/// was started.
pub fn open_in_editor(path: &Path) -> bool {
    editor_commands(path).into_iter().any(|mut command| {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .is_ok()
    })
}

/// The commands to try, in order.
fn editor_commands(path: &Path) -> Vec<Command> {
    let mut commands = Vec::new();
    if cfg!(target_os = "windows") {
        let mut notepad = Command::new("notepad.exe");
        notepad.arg(path);
        commands.push(notepad);
    } else if cfg!(target_os = "macos") {
        // `open -t`: the default text editor (TextEdit unless the user chose another).
        let mut open = Command::new("open");
        open.arg("-t").arg(path);
        commands.push(open);
    } else {
        // The desktop's application for plain text, started by its desktop entry.
        if let Some(entry) = default_text_editor() {
            let mut launch = Command::new("gtk-launch");
            launch.arg(&entry).arg(path);
            commands.push(launch);
            let mut gio = Command::new("gio");
            gio.arg("launch")
                .arg(format!("/usr/share/applications/{entry}"))
                .arg(path);
            commands.push(gio);
        }
    }
    commands
}

/// The desktop entry (`org.gnome.TextEditor.desktop`) registered for plain text, on Linux.
fn default_text_editor() -> Option<String> {
    let output = Command::new("xdg-mime")
        .args(["query", "default", "text/plain"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let entry = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    (output.status.success() && entry.ends_with(".desktop")).then_some(entry)
}
