//! The key tables' own tests: every row names its keys as the manual does.

use super::*;

#[test]
fn buttons_name_the_keys_of_the_table_as_the_system_does() {
    let ctx = egui::Context::default();
    // Fonts (which decide whether ⌘ can be shown) exist from the first frame on.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx.set_os(egui::os::OperatingSystem::Nix);
    assert_eq!(browse_shortcut(&ctx, BrowseAction::Search), "Ctrl+F");
    assert_eq!(browse_shortcut(&ctx, BrowseAction::Present), "F5");
    assert_eq!(browse_shortcut(&ctx, BrowseAction::Open), "Ctrl+O");
    ctx.set_os(egui::os::OperatingSystem::Mac);
    let on_mac = browse_shortcut(&ctx, BrowseAction::Export);
    assert!(on_mac == "⌘E" || on_mac == "Cmd+E", "{on_mac}");
}

fn names_its_keys<M, A>(table: &[Binding<M, A>]) {
    for binding in table {
        if binding.chords == DIGITS {
            continue;
        }
        for chord in binding.chords {
            let name = key_name(*chord);
            assert!(
                binding.keys.contains(&name),
                "the row `{}` does not name {name}",
                binding.keys
            );
        }
    }
}

#[test]
fn every_row_names_the_keys_it_answers_to() {
    names_its_keys(BROWSE);
    names_its_keys(PRESENT);
}

#[test]
fn no_key_means_two_things_in_one_mode() {
    fn check<M: Copy + PartialEq + std::fmt::Debug, A>(table: &[Binding<M, A>]) {
        for (i, a) in table.iter().enumerate() {
            for b in table.iter().skip(i + 1) {
                let shared_mode = a.modes.iter().find(|m| b.modes.contains(m));
                let shared_chord = a.chords.iter().find(|c| b.chords.contains(c));
                assert!(
                    shared_mode.is_none() || shared_chord.is_none(),
                    "{:?} in {:?} is both `{}` and `{}`",
                    shared_chord,
                    shared_mode,
                    a.help,
                    b.help
                );
            }
        }
    }
    check(BROWSE);
    check(PRESENT);
}

#[test]
fn digits_are_read_from_their_keys() {
    assert_eq!(digit(Key::Num0), Some('0'));
    assert_eq!(digit(Key::Num7), Some('7'));
    assert_eq!(digit(Key::A), None);
}

#[test]
fn shift_chords_win_over_plain_ones() {
    let mut input = InputState::default();
    input.events.push(egui::Event::Key {
        key: Key::F3,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::SHIFT,
    });
    let found = pressed(&mut input, BROWSE, &[BrowseMode::Search]);
    assert_eq!(found, Some((BrowseAction::SearchStep(-1), Key::F3)));
    assert!(input.events.is_empty(), "the press is consumed");
}

#[test]
fn keys_of_other_modes_are_ignored() {
    let mut input = InputState::default();
    input.events.push(egui::Event::Key {
        key: Key::F3,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    assert_eq!(pressed(&mut input, BROWSE, &[BrowseMode::Document]), None);
    assert_eq!(input.events.len(), 1, "an unanswered key stays for others");
}

/// The name the manual uses for a key, to check that a row's `keys` text names its chords.
fn key_name(chord: Chord) -> String {
    let name = match chord.key {
        Key::ArrowRight => "→",
        Key::ArrowLeft => "←",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::PageUp => "Page Up",
        Key::PageDown => "Page Down",
        Key::Escape => "Esc",
        Key::Questionmark | Key::Slash => "?",
        Key::Period => ".",
        other => other.name(),
    };
    if chord.modifiers == (Modifiers::COMMAND | Modifiers::SHIFT) {
        format!("Ctrl+Shift+{name}")
    } else if chord.modifiers == Modifiers::COMMAND {
        format!("Ctrl+{name}")
    } else if chord.modifiers == Modifiers::SHIFT && !matches!(name, "?") {
        format!("Shift+{name}")
    } else {
        name.to_owned()
    }
}
