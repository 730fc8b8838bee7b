//! The keyboard shortcut as a pure state machine, fed with key events and their times.
//!
//! Shift pressed three times, each within 5 s of the previous one, is GOV.UK's convention, kept
//! so that people who learned it elsewhere can use it here. A press counts only when Shift goes
//! down and up with nothing else pressed meanwhile, so typing capitals (Shift+H) never counts;
//! any other key, text input or IME composition starts the count again, which also covers
//! phones' virtual keyboards, whose Shift key sends Shift events around each capital letter.

use crate::config::Shortcut;

/// Longest pause between two presses, in milliseconds.
pub const WINDOW_MS: f64 = 5000.0;

/// One keyboard event, reduced to what the detector needs.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct KeyEvent {
    /// Which key.
    pub key: Key,
    /// Pressed or released.
    pub phase: Phase,
    /// Ctrl, Alt or Meta held (and, for Escape, Shift).
    pub modified: bool,
    /// An auto-repeat of a held key.
    pub repeat: bool,
    /// Part of an IME composition.
    pub composing: bool,
    /// When it was handled, in milliseconds on the clock `on_tick` is given.
    pub at: f64,
}

/// The keys the shortcut tells apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// Left or right Shift alike.
    Shift,
    /// Escape.
    Escape,
    /// Any other key.
    Other,
}

/// Whether a key went down or up.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    /// `keydown`.
    Down,
    /// `keyup`.
    Up,
}

/// What a key event did to the shortcut.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    /// A press counted.
    Counted {
        /// Presses counted so far.
        pressed: u8,
        /// Presses the shortcut takes.
        needed: u8,
    },
    /// A started count was abandoned (another key, or text input).
    Reset,
    /// The last press is too old; the count starts again.
    Expired,
    /// The shortcut is complete: leave now.
    Exit,
}

/// `n` as its digit; "?" from 10 on, which no shortcut reaches (and which
/// [`Outcome::from_detail`] does not read).
fn digit(n: u8) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS.get(usize::from(n)).copied().unwrap_or("?")
}

impl Outcome {
    /// The outcome as the text of an event, for the interface loaded after the first stage.
    pub fn detail(self) -> String {
        match self {
            // Single digits (a shortcut has at most three presses), written without
            // `format!`, which the first stage otherwise does without.
            Outcome::Counted { pressed, needed } => ["counted ", digit(pressed), " ", digit(needed)].concat(),
            Outcome::Reset => "reset".into(),
            Outcome::Expired => "expired".into(),
            Outcome::Exit => "exit".into(),
        }
    }

    /// Reads [`Outcome::detail`] back.
    pub fn from_detail(detail: &str) -> Option<Outcome> {
        let mut words = detail.split(' ');
        let outcome = match words.next()? {
            "counted" => {
                let pressed = words.next()?.parse().ok()?;
                let needed = words.next()?.parse().ok()?;
                Outcome::Counted { pressed, needed }
            }
            "reset" => Outcome::Reset,
            "expired" => Outcome::Expired,
            "exit" => Outcome::Exit,
            _ => return None,
        };
        words.next().is_none().then_some(outcome)
    }
}

/// Counts the presses of one widget's shortcut.
#[derive(Clone, Debug)]
pub struct Detector {
    shortcut: Shortcut,
    pressed: u8,
    last_press: f64,
    /// Shift is down and nothing else has been pressed since.
    clean_shift_down: bool,
}

impl Detector {
    /// A detector of `shortcut` with nothing counted yet.
    pub fn new(shortcut: Shortcut) -> Self {
        Detector { shortcut, pressed: 0, last_press: 0.0, clean_shift_down: false }
    }

    /// Feeds one key event; returns what it did to the count, if anything.
    pub fn on_key(&mut self, event: KeyEvent) -> Option<Outcome> {
        if self.shortcut == Shortcut::None || event.repeat {
            return None;
        }
        let counted_key = match self.shortcut {
            Shortcut::Shift3 => Key::Shift,
            _ => Key::Escape,
        };
        if event.key != counted_key || event.composing {
            if event.phase == Phase::Down {
                self.clean_shift_down = false;
                return self.reset();
            }
            return None;
        }
        match (counted_key, event.phase) {
            (Key::Shift, Phase::Down) => {
                self.clean_shift_down = !event.modified;
                None
            }
            (Key::Shift, Phase::Up) => {
                let clean = std::mem::take(&mut self.clean_shift_down) && !event.modified;
                if clean {
                    Some(self.count(event.at))
                } else {
                    self.reset()
                }
            }
            (_, Phase::Down) if !event.modified => Some(self.count(event.at)),
            (_, Phase::Down) => self.reset(),
            (_, Phase::Up) => None,
        }
    }

    /// Text arrived without a key event the detector could read (virtual keyboards, IME).
    pub fn on_text_input(&mut self) -> Option<Outcome> {
        self.clean_shift_down = false;
        self.reset()
    }

    /// Called when the window after the last press may have passed.
    pub fn on_tick(&mut self, now: f64) -> Option<Outcome> {
        if self.pressed > 0 && now - self.last_press >= WINDOW_MS {
            self.pressed = 0;
            Some(Outcome::Expired)
        } else {
            None
        }
    }

    fn count(&mut self, at: f64) -> Outcome {
        if self.pressed > 0 && at - self.last_press > WINDOW_MS {
            self.pressed = 0;
        }
        self.pressed += 1;
        self.last_press = at;
        let needed = self.shortcut.presses();
        if self.pressed >= needed {
            self.pressed = 0;
            Outcome::Exit
        } else {
            Outcome::Counted { pressed: self.pressed, needed }
        }
    }

    fn reset(&mut self) -> Option<Outcome> {
        if self.pressed == 0 {
            return None;
        }
        self.pressed = 0;
        Some(Outcome::Reset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key, phase: Phase, at: f64) -> KeyEvent {
        KeyEvent { key, phase, modified: false, repeat: false, composing: false, at }
    }

    /// Feeds a script of events; returns every outcome.
    fn run(shortcut: Shortcut, events: &[KeyEvent]) -> Vec<Outcome> {
        let mut detector = Detector::new(shortcut);
        events.iter().filter_map(|&e| detector.on_key(e)).collect()
    }

    fn shift_press(at: f64) -> [KeyEvent; 2] {
        [key(Key::Shift, Phase::Down, at), key(Key::Shift, Phase::Up, at + 80.0)]
    }

    #[test]
    fn three_clean_shift_presses_exit() {
        let events: Vec<_> = [0.0, 400.0, 800.0].into_iter().flat_map(shift_press).collect();
        assert_eq!(
            run(Shortcut::Shift3, &events),
            [Outcome::Counted { pressed: 1, needed: 3 }, Outcome::Counted { pressed: 2, needed: 3 }, Outcome::Exit]
        );
    }

    #[test]
    fn presses_up_to_five_seconds_apart_count_and_later_ones_start_again() {
        let events: Vec<_> = [0.0, 4900.0, 9800.0].into_iter().flat_map(shift_press).collect();
        assert_eq!(run(Shortcut::Shift3, &events).last(), Some(&Outcome::Exit));
        let events: Vec<_> = [0.0, 1000.0, 7000.0].into_iter().flat_map(shift_press).collect();
        assert_eq!(run(Shortcut::Shift3, &events).last(), Some(&Outcome::Counted { pressed: 1, needed: 3 }));
    }

    #[test]
    fn typing_capitals_never_counts() {
        // "Hello World": Shift held around H and around W.
        let mut events = vec![
            key(Key::Shift, Phase::Down, 0.0),
            key(Key::Other, Phase::Down, 10.0),
            key(Key::Other, Phase::Up, 20.0),
            key(Key::Shift, Phase::Up, 30.0),
        ];
        for i in 0..9 {
            events.push(key(Key::Other, Phase::Down, 100.0 + i as f64 * 50.0));
        }
        events.extend([
            key(Key::Shift, Phase::Down, 600.0),
            key(Key::Other, Phase::Down, 610.0),
            key(Key::Shift, Phase::Up, 630.0),
        ]);
        assert!(run(Shortcut::Shift3, &events).is_empty());
        // Three capitals in a row ("ABC") do not either.
        let abc: Vec<_> = (0..3)
            .flat_map(|i| {
                let at = i as f64 * 100.0;
                [
                    key(Key::Shift, Phase::Down, at),
                    key(Key::Other, Phase::Down, at + 10.0),
                    key(Key::Shift, Phase::Up, at + 20.0),
                ]
            })
            .collect();
        assert!(run(Shortcut::Shift3, &abc).is_empty());
    }

    #[test]
    fn virtual_keyboard_capitals_between_shift_presses_reset_the_count() {
        let mut detector = Detector::new(Shortcut::Shift3);
        for e in shift_press(0.0) {
            detector.on_key(e);
        }
        // A phone keyboard's letter arrives as text input (keyCode 229), not as a key.
        assert_eq!(detector.on_text_input(), Some(Outcome::Reset));
        for e in shift_press(300.0).into_iter().chain(shift_press(600.0)) {
            assert_ne!(detector.on_key(e), Some(Outcome::Exit));
        }
    }

    #[test]
    fn modified_repeated_and_composing_presses_do_not_count() {
        let mut ctrl_shift = shift_press(0.0);
        ctrl_shift[0].modified = true;
        let mut repeat = key(Key::Shift, Phase::Down, 200.0);
        repeat.repeat = true;
        let mut composing = shift_press(400.0);
        composing[0].composing = true;
        composing[1].composing = true;
        let events: Vec<_> = ctrl_shift.into_iter().chain([repeat]).chain(composing).collect();
        assert!(run(Shortcut::Shift3, &events).is_empty());
    }

    #[test]
    fn another_key_abandons_a_started_count() {
        let events: Vec<_> = shift_press(0.0)
            .into_iter()
            .chain(shift_press(200.0))
            .chain([key(Key::Other, Phase::Down, 300.0)])
            .chain(shift_press(400.0))
            .collect();
        assert_eq!(run(Shortcut::Shift3, &events)[2..], [Outcome::Reset, Outcome::Counted { pressed: 1, needed: 3 }]);
    }

    #[test]
    fn tick_reports_expiry_once() {
        let mut detector = Detector::new(Shortcut::Shift3);
        for e in shift_press(0.0) {
            detector.on_key(e);
        }
        assert_eq!(detector.on_tick(4000.0), None);
        assert_eq!(detector.on_tick(5080.0), Some(Outcome::Expired));
        assert_eq!(detector.on_tick(9000.0), None);
    }

    #[test]
    fn escape_twice_exits_and_shift_does_nothing_then() {
        let events = [
            key(Key::Escape, Phase::Down, 0.0),
            key(Key::Escape, Phase::Up, 50.0),
            key(Key::Escape, Phase::Down, 900.0),
        ];
        assert_eq!(run(Shortcut::Escape2, &events), [Outcome::Counted { pressed: 1, needed: 2 }, Outcome::Exit]);
        let shifts: Vec<_> = [0.0, 100.0, 200.0].into_iter().flat_map(shift_press).collect();
        assert!(run(Shortcut::Escape2, &shifts).is_empty());
    }

    #[test]
    fn outcomes_survive_the_trip_through_an_event() {
        for outcome in [Outcome::Counted { pressed: 2, needed: 3 }, Outcome::Reset, Outcome::Expired, Outcome::Exit] {
            assert_eq!(Outcome::from_detail(&outcome.detail()), Some(outcome));
        }
        for bad in ["", "counted", "counted x 3", "counted 1", "exit now please"] {
            assert!(Outcome::from_detail(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn none_ignores_everything() {
        let events: Vec<_> = [0.0, 100.0, 200.0, 300.0].into_iter().flat_map(shift_press).collect();
        assert!(run(Shortcut::None, &events).is_empty());
    }
}
