//! "Stay safe online": generic, widely known steps, with no legal claims. Honest about the
//! limits of the quick exit: no web page can delete the browser's history.
//! Translations are drafts until a native speaker has reviewed them.

use super::Topic;
use crate::i18n::Msg;

/// The topics of the section, in the order shown.
pub static ONLINE_SAFETY: &[Topic] = &[
    // What the quick exit does and does not do.
    Topic {
        heading: Msg::OnlineQuickExit,
        steps: &[
            Msg::OnlineQuickExit1,
            Msg::OnlineQuickExit2,
            // How to come back: Back will not, so she must know another way (GOV.UK found that
            // survivors whose history was rewritten could not find their way back).
            Msg::OnlineQuickExit6,
            // What the exit closes, and what only she can (docs/embedding.md, "History").
            Msg::OnlineQuickExit7,
            Msg::OnlineQuickExit3,
            Msg::OnlineQuickExit4,
            Msg::OnlineQuickExit5,
        ],
    },
    // Private browsing.
    Topic { heading: Msg::OnlinePrivate, steps: &[Msg::OnlinePrivate1, Msg::OnlinePrivate2, Msg::OnlinePrivate3] },
    // Delete single entries.
    Topic {
        heading: Msg::OnlineDelete,
        steps: &[Msg::OnlineDelete1, Msg::OnlineDelete2, Msg::OnlineDelete3, Msg::OnlineDelete4],
    },
    // Call and message logs.
    Topic {
        heading: Msg::OnlineCalls,
        steps: &[Msg::OnlineCalls1, Msg::OnlineCalls2, Msg::OnlineCalls3, Msg::OnlineCalls4],
    },
    // Synced accounts and shared devices.
    Topic { heading: Msg::OnlineSynced, steps: &[Msg::OnlineSynced1, Msg::OnlineSynced2, Msg::OnlineSynced3] },
    // A monitored phone.
    Topic {
        heading: Msg::OnlineMonitored,
        steps: &[Msg::OnlineMonitored1, Msg::OnlineMonitored2, Msg::OnlineMonitored3],
    },
];
